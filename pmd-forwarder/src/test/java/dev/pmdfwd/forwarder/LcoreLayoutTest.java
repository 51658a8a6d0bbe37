package dev.pmdfwd.forwarder;

import dev.pmdfwd.pcap.FrameCorpus;
import dev.pmdfwd.pcap.FrameDiff;
import dev.pmdfwd.pcap.PcapFormat;
import dev.pmdfwd.pcap.PcapReader;
import dev.pmdfwd.pcap.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How streams land on lcores: one lcore alone, and several workers with RSS queues. */
class LcoreLayoutTest {
    @TempDir
    Path dir;

    @Test
    void oneLcoreForwardsOnTheMainLcoreWithAWarning() throws Exception {
        List<byte[]> frames = FrameCorpus.standard(5);
        try (PcapWriter writer = PcapWriter.create(dir.resolve("in.pcap"), false, PcapFormat.DEFAULT_SNAPLEN)) {
            for (byte[] frame : frames) {
                writer.write(1_000_000L, frame);
            }
        }
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, List.of("-l", "0", "--log-level", "lib.eal:notice",
                "--vdev", "net_pcap0,rx_pcap=in.pcap,tx_pcap=out0.pcap",
                "--vdev", "net_pcap1,rx_pcap=in.pcap,tx_pcap=out1.pcap", "--", "--duration", "2"));
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("warning: one lcore given"), run.stdout());
        assertTrue(run.stderr().contains("lcore 0: 2 stream(s)"), run.stderr());
        assertNull(FrameDiff.firstDifference(frames, PcapReader.frames(dir.resolve("out0.pcap"))));
        assertNull(FrameDiff.firstDifference(frames, PcapReader.frames(dir.resolve("out1.pcap"))));
    }

    @Test
    void txqAsksForMoreTxQueuesThanLcores() throws Exception {
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", "net_null0", "--vdev", "net_null1", "--", "--txq", "3", "--duration", "1", "--report-dir", "report"));
        assertEquals(0, run.exitCode(), run.toString());
        String summary = Files.readString(dir.resolve("report/summary.json"));
        assertEquals(3, PcapForwardingTest.jsonLong(summary, "tx_queues", 0), summary);
        assertEquals(3, PcapForwardingTest.jsonLong(summary, "tx_queues", 1), summary);
        assertEquals(1, PcapForwardingTest.jsonLong(summary, "rx_queues", 0), summary);
    }

    @Test
    void twoWorkersEachWithTheirOwnTxQueues() throws Exception {
        // three lcores on two cores: main on 0, two workers sharing core 1
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, List.of("--lcores", "0@0,1@1,2@1",
                "--log-level", "lib.eal:notice", "--vdev", "net_null0", "--vdev", "net_null1",
                "--", "--rxq", "2", "--duration", "2", "--report-dir", "report"));
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("lcore 1: 2 stream(s), lcore 2: 2 stream(s)"), run.stderr());
        String summary = Files.readString(dir.resolve("report/summary.json"));
        Matcher m = Pattern.compile("\"rx_port\": (\\d+),\\s+\"rx_queue\": (\\d+),\\s+\"tx_port\": (\\d+),\\s+"
                + "\"tx_queue\": (\\d+),\\s+\"rx_packets\": (\\d+),\\s+\"tx_packets\": (\\d+)").matcher(summary);
        int streams = 0;
        boolean[] txQueueUsed = new boolean[2];
        while (m.find()) {
            streams++;
            txQueueUsed[Integer.parseInt(m.group(4))] = true;
            assertTrue(Long.parseLong(m.group(5)) > 0, "a stream received nothing: " + m.group());
            assertEquals(m.group(5), m.group(6), "net_null takes everything: " + m.group());
        }
        assertEquals(4, streams, summary);
        assertTrue(txQueueUsed[0] && txQueueUsed[1], "each worker sends on its own tx queue");
        assertTrue(summary.contains("\"holds\": true"), summary);
    }
}
