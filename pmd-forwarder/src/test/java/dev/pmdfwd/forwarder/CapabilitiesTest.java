package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CapabilitiesTest {
    private static final long NET_ADMIN = 1L << Capabilities.CAP_NET_ADMIN;
    private static final long NET_RAW = 1L << Capabilities.CAP_NET_RAW;

    @Test
    void namesWhatEachDriverLacks() {
        assertEquals(Optional.of("CAP_NET_ADMIN"), Capabilities.missingFor("net_tap", 0));
        assertEquals(Optional.empty(), Capabilities.missingFor("net_tap", NET_ADMIN));
        assertEquals(Optional.of("CAP_NET_RAW"), Capabilities.missingFor("net_af_packet", NET_ADMIN));
        assertEquals(Optional.empty(), Capabilities.missingFor("net_af_packet", NET_RAW));
        assertEquals(Optional.empty(), Capabilities.missingFor("net_pcap", 0), "pcap needs no capability");
        assertEquals(Optional.empty(), Capabilities.missingFor("net_tap", -1), "unknown: say nothing");
    }

    @Test
    void readsTheEffectiveSetOfAStatusFile(@TempDir Path dir) throws Exception {
        Path status = dir.resolve("status");
        Files.writeString(status, "Name:\tjava\nCapInh:\t0000000000000000\nCapPrm:\t000001ffffffffff\n"
                + "CapEff:\t0000000000001000\nCapBnd:\t000001ffffffffff\n");
        assertEquals(NET_ADMIN, Capabilities.effective(status));
        assertEquals(-1, Capabilities.effective(dir.resolve("missing")));
        Files.writeString(status, "CapEff:\tzz\n");
        assertEquals(-1, Capabilities.effective(status));
    }
}
