package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counters are readable by another process while the forwarder runs: `pmd-forwarder stat`, in a
 * second JVM, sees them rise; the file is owner-only and gone after a clean stop; conservation holds.
 */
class LiveCountersTest {
    @TempDir
    Path dir;

    @Test
    void anotherProcessSeesTheCountersRise() throws Exception {
        Path countersDir = dir.resolve("counters");
        Process forwarder = ForwarderProcess.start(dir, List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", "net_null0", "--vdev", "net_null1", "--", "--duration", "6",
                "--counters-dir", countersDir.toString(), "--report-dir", "report"));
        ForwarderProcess.awaitForwarding(forwarder, dir);
        Path file;
        try (var files = Files.list(countersDir)) {
            file = files.findFirst().orElseThrow();
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(countersDir)));

        Path statDir = Files.createDirectory(dir.resolve("stat"));
        ForwarderProcess.Outcome stat = ForwarderProcess.run(statDir,
                List.of("stat", "--dir", countersDir.toString(), "--count", "3", "--interval", "0.5"));
        assertEquals(0, stat.exitCode(), stat.toString());
        List<Long> rx = values(stat.stdout(), "stream 0 \\(port 0 q0 -> port 1 q0\\): rx packets");
        assertEquals(3, rx.size(), stat.stdout());
        assertTrue(rx.get(0) > 0 && rx.get(0) < rx.get(1) && rx.get(1) < rx.get(2), "not rising: " + rx);
        assertEquals(3, values(stat.stdout(), "port 1 \\(net_null1\\): ipackets").size());
        assertFalse(stat.stdout().contains("NOT UPDATING"), stat.stdout());

        ForwarderProcess.Outcome run = ForwarderProcess.finish(forwarder, dir, 60);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.readString(dir.resolve("report/summary.json")).contains("\"holds\": true"));
        assertFalse(Files.exists(file), "the counters file outlived the forwarder");
    }

    @Test
    void statWithoutAForwarderSaysSoInOneLine() throws Exception {
        ForwarderProcess.Outcome stat = ForwarderProcess.run(dir, List.of("stat", "--dir", dir.resolve("none").toString()));
        assertEquals(2, stat.exitCode(), stat.toString());
        assertEquals(1, stat.stderrLines().size(), stat.stderr());
        assertTrue(stat.stderr().contains("no running forwarder found"), stat.stderr());
    }

    private static List<Long> values(String output, String label) {
        List<Long> values = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\d+\\s+(\\d+)\\s+\\d*\\s+" + label + "$").matcher(output);
        while (m.find()) {
            values.add(Long.parseLong(m.group(1)));
        }
        return values;
    }
}
