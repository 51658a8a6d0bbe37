package dev.pmdfwd.forwarder;

import dev.pmdfwd.pcap.FrameCorpus;
import dev.pmdfwd.pcap.FrameDiff;
import dev.pmdfwd.pcap.PcapFormat;
import dev.pmdfwd.pcap.PcapReader;
import dev.pmdfwd.pcap.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * net_pcap in -> forwarder -> net_pcap out, both directions at once: the frames each port transmits
 * are exactly the frames its peer received, in order, byte for byte, for a corpus of every kind of
 * frame (minimum-size to 9000-byte jumbo, which net_pcap delivers as mbuf chains).
 */
class PcapForwardingTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"retry", "drop", "backpressure"})
    void bothDirectionsForwardEveryFrameUntouched(String policy) throws Exception {
        List<byte[]> in0 = FrameCorpus.standard(20);
        List<byte[]> in1 = FrameCorpus.standard(7);
        write(dir.resolve("in0.pcap"), in0);
        write(dir.resolve("in1.pcap"), in1);
        List<String> args = ForwarderProcess.eal(
                "net_pcap0,rx_pcap=in0.pcap,tx_pcap=out0.pcap", "net_pcap1,rx_pcap=in1.pcap,tx_pcap=out1.pcap");
        args.addAll(List.of("--", "--duration", "2", "--tx-policy", policy, "--max-pkt-len", "9018",
                "--report-dir", "report"));
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, args);

        assertEquals(0, run.exitCode(), run.toString());
        assertNull(FrameDiff.firstDifference(in0, PcapReader.frames(dir.resolve("out1.pcap"))), "port 0 -> port 1");
        assertNull(FrameDiff.firstDifference(in1, PcapReader.frames(dir.resolve("out0.pcap"))), "port 1 -> port 0");
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        String summary = Files.readString(dir.resolve("report/summary.json"));
        assertEquals(in0.size(), jsonLong(summary, "rx_packets", 0), summary);
        assertEquals(in1.size(), jsonLong(summary, "tx_packets", 0), summary);
        assertEquals(in1.size(), jsonLong(summary, "rx_packets", 1), summary);
        assertEquals(in0.size(), jsonLong(summary, "tx_packets", 1), summary);
        assertTrue(summary.contains("\"holds\": true"), summary);
        assertEquals(List.of(), ForwarderProcess.hsErrFiles(dir));
    }

    @Test
    void framesLongerThanMaxPktLenAreNamedBeforeTheRunAndForwardedUntouched() throws Exception {
        List<byte[]> in0 = FrameCorpus.standard(1); // holds 9000-byte jumbo frames
        long jumbo = in0.stream().filter(f -> f.length > 1518).count();
        int longest = in0.stream().mapToInt(f -> f.length).max().orElseThrow();
        write(dir.resolve("in0.pcap"), in0);
        List<String> args = ForwarderProcess.eal("net_pcap0,rx_pcap=in0.pcap,tx_pcap=out0.pcap", "net_pcap1,tx_pcap=out1.pcap");
        args.addAll(List.of("--", "--duration", "2"));
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, args);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(jumbo > 0, "the corpus has frames above 1518 bytes");
        assertTrue(run.stderr().contains("warning: --vdev net_pcap0: " + jumbo + " of the " + in0.size()
                + " frames in in0.pcap are longer than --max-pkt-len 1518 (up to " + longest + " B)"), run.stderr());
        assertNull(FrameDiff.firstDifference(in0, PcapReader.frames(dir.resolve("out1.pcap"))), "forwarded untouched");
    }

    @Test
    void twoPairsAtOnce() throws Exception {
        List<List<byte[]>> inputs = new ArrayList<>();
        List<String> args = new ArrayList<>(ForwarderProcess.eal());
        for (int p = 0; p < 4; p++) {
            List<byte[]> frames = FrameCorpus.standard(3 + p);
            inputs.add(frames);
            write(dir.resolve("in" + p + ".pcap"), frames);
            args.addAll(List.of("--vdev", "net_pcap" + p + ",rx_pcap=in" + p + ".pcap,tx_pcap=out" + p + ".pcap"));
        }
        args.addAll(List.of("--", "--duration", "2", "--pairs", "0:2,1:3"));
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, args);

        assertEquals(0, run.exitCode(), run.toString());
        int[] peer = {2, 3, 0, 1};
        for (int p = 0; p < 4; p++) {
            assertNull(FrameDiff.firstDifference(inputs.get(p), PcapReader.frames(dir.resolve("out" + peer[p] + ".pcap"))),
                    "port " + p + " -> port " + peer[p]);
        }
    }

    @Test
    void aTruncatedCaptureSendsItsWholeFramesWithAWarning() throws Exception {
        List<byte[]> frames = FrameCorpus.standard(2);
        write(dir.resolve("full.pcap"), frames);
        byte[] bytes = Files.readAllBytes(dir.resolve("full.pcap"));
        Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(bytes, bytes.length - 10));
        List<String> args = ForwarderProcess.eal("net_pcap0,rx_pcap=cut.pcap", "net_pcap1,tx_pcap=out1.pcap");
        args.addAll(List.of("--", "--duration", "2"));
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, args);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("ends inside a frame: only its " + (frames.size() - 1) + " whole frames are sent"), run.stderr());
        assertNull(FrameDiff.firstDifference(frames.subList(0, frames.size() - 1), PcapReader.frames(dir.resolve("out1.pcap"))));
    }

    static void write(Path file, List<byte[]> frames) throws IOException {
        try (PcapWriter writer = PcapWriter.create(file, false, PcapFormat.DEFAULT_SNAPLEN)) {
            long t = 1_000_000_000L;
            for (byte[] frame : frames) {
                writer.write(t += 1_000, frame);
            }
        }
    }

    /** The n-th port's value of {@code key} in summary.json's "ports" list. */
    static long jsonLong(String json, String key, int port) {
        String ports = json.substring(json.indexOf("\"ports\""), json.indexOf("\"streams\""));
        Matcher m = Pattern.compile("\"port\": " + port + ",.*?\"" + key + "\": (\\d+)", Pattern.DOTALL).matcher(ports);
        assertTrue(m.find(), key + " of port " + port);
        return Long.parseLong(m.group(1));
    }
}
