package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A virtio_user port whose vhost-user peer process (dpdk-testpmd with net_vhost, rxonly) is killed
 * with SIGKILL while the forwarder sends to it. The forwarder logs and counts the link going down,
 * counts what it cannot send as tx_full, and goes on. With server=1 the restarted peer reconnects
 * and receives again; in client mode (the default) the port stays down and the forwarder still exits
 * cleanly. Either way: exit 0, conservation intact, no crash file.
 */
class VirtioPeerRestartTest {
    private static final Path TESTPMD = Path.of("/usr/bin/dpdk-testpmd");

    @TempDir
    Path dir;
    /** Every process started, killed after each test however it ended: a leaked testpmd spins a core. */
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    void serverModeReconnectsToARestartedPeer() throws Exception {
        assumeTrue(Files.isExecutable(TESTPMD), "dpdk-testpmd (package dpdk-dev) is missing");
        Path socket = dir.resolve("s0");
        Process forwarder = startForwarder("net_virtio_user0,path=" + socket + ",server=1,queues=1");
        Process peer = startPeer(socket, "client=1", "peer1"); // EAL init waits for it: the link starts up
        awaitStderr(forwarder, "pmd-forwarder: forwarding", 1);
        Thread.sleep(1000);
        peer.destroyForcibly().waitFor(); // SIGKILL: no goodbye on the socket
        awaitStderr(forwarder, "port 0 (net_virtio_user0) link down", 1);
        Process restarted = startPeer(socket, "client=1", "peer2");
        awaitStderr(forwarder, "port 0 (net_virtio_user0) link up", 1);
        Thread.sleep(1500);
        long received = stopPeer(restarted, "peer2");
        forwarder.destroy(); // SIGTERM
        ForwarderProcess.Outcome run = ForwarderProcess.finish(forwarder, dir, 60);

        assertTrue(received > 0, "the restarted peer received nothing after the reconnect");
        assertCleanEnd(run, 2);
        assertTrue(run.stderr().contains("rte_eal_cleanup skipped"), "the DPDK 22.11 workaround is announced: " + run.stderr());
    }

    @Test
    void clientModeKeepsForwardingWithThePortDownAndExitsCleanly() throws Exception {
        assumeTrue(Files.isExecutable(TESTPMD), "dpdk-testpmd (package dpdk-dev) is missing");
        Path socket = dir.resolve("s0");
        Process peer = startPeer(socket, null, "peer1"); // the peer is the vhost-user server
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        Process forwarder = startForwarder("net_virtio_user0,path=" + socket + ",queues=1");
        awaitStderr(forwarder, "pmd-forwarder: forwarding", 1);
        Thread.sleep(1000);
        peer.destroyForcibly().waitFor();
        awaitStderr(forwarder, "port 0 (net_virtio_user0) link down", 1);
        Thread.sleep(1000);
        forwarder.destroy();
        ForwarderProcess.Outcome run = ForwarderProcess.finish(forwarder, dir, 60);

        assertCleanEnd(run, 1);
        assertTrue(!run.stderr().contains("rte_eal_cleanup skipped"), run.stderr());
    }

    private void assertCleanEnd(ForwarderProcess.Outcome run, int minLinkChanges) throws IOException {
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        String summary = Files.readString(dir.resolve("report/summary.json"));
        assertTrue(PcapForwardingTest.jsonLong(summary, "link_changes", 0) >= minLinkChanges, summary);
        assertTrue(PcapForwardingTest.jsonLong(summary, "tx_full", 0) > 0,
                "what the dead peer could not take is counted as tx_full on the port it was for: " + summary);
        assertEquals(List.of(), ForwarderProcess.hsErrFiles(dir));
    }

    private Process startForwarder(String virtio) throws IOException {
        return track(ForwarderProcess.start(dir, List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", virtio, "--vdev", "net_null0", "--",
                "--idle", "backoff", "--duration", "60", "--report-dir", "report")));
    }

    private Process track(Process p) {
        started.add(p);
        return p;
    }

    /** testpmd as the vhost-user peer, receiving only; --stats-period keeps it from exiting on stdin EOF. */
    private Process startPeer(Path socket, String mode, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(TESTPMD.toString(), "-l", "0,1", "--no-pci", "--in-memory",
                "--file-prefix", "pmdfwd-vpeer-" + ProcessHandle.current().pid() + "-" + name, "--log-level", "lib.eal:notice",
                "--vdev", "net_vhost0,iface=" + socket + ",queues=1" + (mode == null ? "" : "," + mode), "--",
                "--forward-mode=rxonly", "--port-topology=loop", "--total-num-mbufs=4096", "--stats-period", "1"));
        return track(new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start());
    }

    /** Stops the peer with SIGINT (testpmd prints its totals) and returns the packets it received. */
    private long stopPeer(Process peer, String name) throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(peer.pid())).start().waitFor();
        if (!peer.waitFor(20, TimeUnit.SECONDS)) {
            peer.destroyForcibly().waitFor();
        }
        Matcher m = Pattern.compile("RX-packets: +(\\d+)").matcher(Files.readString(dir.resolve(name + ".log")));
        long last = 0;
        while (m.find()) {
            last = Math.max(last, Long.parseLong(m.group(1)));
        }
        return last;
    }

    private void awaitStderr(Process forwarder, String text, int occurrences) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(Files.readString(dir.resolve("stderr.txt")), text) < occurrences) {
            assertTrue(forwarder.isAlive() && System.nanoTime() < deadline,
                    "waited for '" + text + "' x" + occurrences + ":\n" + Files.readString(dir.resolve("stderr.txt")));
            Thread.sleep(50);
        }
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
