package dev.pmdfwd.dpdk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An argument EAL rejects gives one line naming it, not EAL's usage text, and leaves no hugepage file. */
class BadEalArgumentTest {

    @Test
    void anUnknownOptionIsOneLine() throws Exception {
        List<String> before = TestEal.hugepageFiles();
        List<String> args = new ArrayList<>(TestEal.args("0", "net_null0"));
        args.add("--no-such-option");
        DpdkException e = assertThrows(DpdkException.class, () -> Eal.init("bad", args));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("--no-such-option"), e.getMessage());
        assertTrue(e.getMessage().startsWith("EAL initialisation failed"), e.getMessage());
        assertEquals(before, TestEal.hugepageFiles());
    }
}
