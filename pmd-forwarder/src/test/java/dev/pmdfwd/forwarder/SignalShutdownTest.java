package dev.pmdfwd.forwarder;

import dev.pmdfwd.pcap.FrameCorpus;
import dev.pmdfwd.pcap.PcapFormat;
import dev.pmdfwd.pcap.PcapReader;
import dev.pmdfwd.pcap.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGINT or SIGTERM while forwarding: the loops stop, the ports close, the net_pcap output is complete
 * and readable, the report is written, and the exit status is 0.
 */
class SignalShutdownTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalEndsTheRunCleanly(String signal) throws Exception {
        runAndSignal(signal, List.of());
    }

    /**
     * A shell starts a background job with SIGINT ignored, and a JVM left that way never sees SIGINT.
     * The forwarder un-ignores it, as testpmd does, so Ctrl-C and kill -INT work from scripts too.
     */
    @Test
    void sigintStopsAForwarderThatInheritedItIgnored() throws Exception {
        runAndSignal("INT", List.of("sh", "-c", "trap '' INT; exec \"$0\" \"$@\""));
    }

    private void runAndSignal(String signal, List<String> wrapper) throws Exception {
        List<byte[]> frames = FrameCorpus.standard(10);
        try (PcapWriter writer = PcapWriter.create(dir.resolve("in.pcap"), false, PcapFormat.DEFAULT_SNAPLEN)) {
            for (byte[] frame : frames) {
                writer.write(1_000_000_000L, frame);
            }
        }
        Process p = ForwarderProcess.start(dir, wrapper, System.getProperty("java.class.path"), List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", "net_pcap0,rx_pcap=in.pcap,tx_pcap=out0.pcap", "--vdev", "net_null0",
                "--", "--report-dir", "report", "--max-pkt-len", "9018"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(dir.resolve("stderr.txt")).contains("pmd-forwarder: forwarding") && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // some traffic after the loops started
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
        ForwarderProcess.Outcome run = ForwarderProcess.finish(p, dir, 30);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("stopped by SIG" + signal), run.stdout());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        assertTrue(Files.exists(dir.resolve("report/summary.json")));
        // net_null0's endless stream went out of the pcap port: the file must be complete, i.e. read to
        // its end without a truncated record (PcapReader throws on one)
        long written = 0;
        try (PcapReader reader = PcapReader.open(dir.resolve("out0.pcap"))) {
            while (reader.next() != null) {
                written++;
            }
        }
        assertTrue(written > 1000, "only " + written + " frames written");
        // and port 0's corpus reached net_null0 (pcap rx is finite): every frame accounted in the summary
        String summary = Files.readString(dir.resolve("report/summary.json"));
        assertEquals(frames.size(), PcapForwardingTest.jsonLong(summary, "rx_packets", 0), summary);
        assertEquals(written, PcapForwardingTest.jsonLong(summary, "tx_packets", 0), summary);
    }
}
