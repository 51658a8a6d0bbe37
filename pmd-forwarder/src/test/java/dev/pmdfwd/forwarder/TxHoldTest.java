package dev.pmdfwd.forwarder;

import dev.pmdfwd.pcap.FrameCorpus;
import dev.pmdfwd.pcap.FrameDiff;
import dev.pmdfwd.pcap.PcapReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --tx-hold-us, seen from outside through the live counters: fewer frames than a burst are counted
 * received and not sent while the hold lasts, and sent once it is over, without a stop; frames held
 * when a stop comes are sent then. Every frame arrives once, in order, byte for byte.
 */
class TxHoldTest {
    private static final String STREAM0 = "stream 0 \\(port 0 q0 -> port 1 q0\\): ";

    @TempDir
    Path dir;

    @Test
    void framesWaitOutTheHoldThenLeaveWithoutAStop() throws Exception {
        List<byte[]> first = FrameCorpus.standard(1);
        List<byte[]> back = FrameCorpus.standard(1).subList(0, 5);
        PcapForwardingTest.write(dir.resolve("in0.pcap"), first);
        PcapForwardingTest.write(dir.resolve("in1.pcap"), back);
        Process forwarder = startHolding(first.size(),
                "net_pcap0,rx_pcap=in0.pcap,tx_pcap=out0.pcap", "net_pcap1,rx_pcap=in1.pcap,tx_pcap=out1.pcap");

        // after the hold, without a stop: all sent
        Path counters = dir.resolve("counters");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String after = stat(counters);
        while (value(after, STREAM0 + "tx packets") < first.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = stat(counters);
        }
        assertEquals(first.size(), value(after, STREAM0 + "tx packets"), after);

        forwarder.destroy(); // SIGTERM
        ForwarderProcess.Outcome run = ForwarderProcess.finish(forwarder, dir, 60);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        assertNull(FrameDiff.firstDifference(first, PcapReader.frames(dir.resolve("out1.pcap"))), "port 0 -> port 1");
        assertNull(FrameDiff.firstDifference(back, PcapReader.frames(dir.resolve("out0.pcap"))), "port 1 -> port 0");
    }

    @Test
    void aStopDuringTheHoldSendsTheHeldFrames() throws Exception {
        List<byte[]> frames = FrameCorpus.standard(1);
        PcapForwardingTest.write(dir.resolve("in0.pcap"), frames);
        Process forwarder = startHolding(frames.size(), "net_pcap0,rx_pcap=in0.pcap", "net_pcap1,tx_pcap=out1.pcap");

        forwarder.destroy(); // SIGTERM while the frames are held
        ForwarderProcess.Outcome run = ForwarderProcess.finish(forwarder, dir, 60);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        assertNull(FrameDiff.firstDifference(frames, PcapReader.frames(dir.resolve("out1.pcap"))));
    }

    @Test
    void aHoldOutOfRangeIsOneLineAndExitTwo() throws Exception {
        List<String> args = ForwarderProcess.eal("net_null0", "net_null1");
        args.addAll(List.of("--", "--tx-hold-us", "2000000"));
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, args);
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.stderrLines().size(), run.stderr());
        assertTrue(run.stderr().contains("--tx-hold-us"), run.stderr());
    }

    /**
     * Starts a forwarder on {@code vdevs} with a 1 s hold and a burst larger than the frames, and
     * checks that within the hold port 0's {@code frames} were received (net_pcap delivers its file
     * at the first polls) and none sent.
     */
    private Process startHolding(int frames, String... vdevs) throws Exception {
        assertTrue(frames < 512, "fewer frames than a burst: " + frames);
        List<String> args = ForwarderProcess.eal(vdevs);
        args.addAll(List.of("--", "--burst", "512", "--tx-hold-us", "1000000", "--max-pkt-len", "9018",
                "--counters-dir", dir.resolve("counters").toString()));
        Process forwarder = ForwarderProcess.start(dir, args);
        ForwarderProcess.awaitForwarding(forwarder, dir);
        Thread.sleep(300);
        String during = stat(dir.resolve("counters"));
        assertEquals(frames, value(during, STREAM0 + "rx packets"), during);
        assertEquals(0, value(during, STREAM0 + "tx packets"), during);
        return forwarder;
    }

    /** One snapshot of the live counters, from `pmd-forwarder stat` run in this JVM. */
    private static String stat(Path countersDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StatTool.run(List.of("--dir", countersDir.toString(), "--count", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long value(String stat, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*\\d+\\s+(\\d+)\\s+\\d*\\s+" + label + "$").matcher(stat);
        assertTrue(m.find(), label + " in:\n" + stat);
        return Long.parseLong(m.group(1));
    }
}
