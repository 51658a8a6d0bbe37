package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A net_tap port whose kernel interface goes down and up again while forwarding: both changes are
 * logged and counted, the run goes on, and it still shuts down cleanly with conservation intact.
 * (Root is needed for taps; the project's tests run as root.)
 */
class LinkFlapTest {
    @TempDir
    Path dir;

    @Test
    void aTapGoingDownAndUpIsLoggedAndCounted() throws Exception {
        String iface = "pfflap" + (ProcessHandle.current().pid() % 100000);
        Process p = ForwarderProcess.start(dir, List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", "net_tap0,iface=" + iface, "--vdev", "net_null0", "--",
                "--idle", "backoff", "--duration", "6", "--report-dir", "report"));
        ForwarderProcess.awaitForwarding(p, dir);
        Thread.sleep(1200);
        assertEquals(0, ip("link", "set", iface, "down"));
        Thread.sleep(1500);
        assertEquals(0, ip("link", "set", iface, "up"));
        ForwarderProcess.Outcome run = ForwarderProcess.finish(p, dir, 60);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("port 0 (net_tap0) link down"), run.stderr());
        assertTrue(run.stderr().contains("port 0 (net_tap0) link up"), run.stderr());
        String summary = Files.readString(dir.resolve("report/summary.json"));
        assertEquals(2, PcapForwardingTest.jsonLong(summary, "link_changes", 0), summary);
        assertEquals(0, PcapForwardingTest.jsonLong(summary, "link_changes", 1), summary);
        assertTrue(summary.contains("\"holds\": true"), summary);
    }

    private static int ip(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
