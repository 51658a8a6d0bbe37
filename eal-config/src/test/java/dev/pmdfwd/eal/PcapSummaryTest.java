package dev.pmdfwd.eal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PcapSummary on real files: formats, link types, frame counts, truncation. */
class PcapSummaryTest {
    @TempDir
    Path dir;

    @Test
    void aLittleEndianEthernetCapture() throws Exception {
        PcapSummary s = PcapSummary.read(write("ok.pcap", capture(ByteOrder.LITTLE_ENDIAN, 1, 60, 1514, 9000))).orElseThrow();
        assertEquals(PcapSummary.Format.PCAP, s.format());
        assertEquals(1, s.linkType());
        assertEquals(3, s.frames());
        assertFalse(s.truncated());
        assertEquals(9000, s.longestFrame());
        assertEquals(1, s.framesLongerThan(1518));
        assertEquals(2, s.framesLongerThan(1513));
        assertEquals(0, s.framesLongerThan(9000));
    }

    @Test
    void aBigEndianCaptureWithAnotherLinkType() throws Exception {
        PcapSummary s = PcapSummary.read(write("wifi.pcap", capture(ByteOrder.BIG_ENDIAN, 105, 100))).orElseThrow();
        assertEquals(105, s.linkType());
        assertEquals(1, s.frames());
    }

    @Test
    void aCaptureCutInsideAFrame() throws Exception {
        byte[] whole = capture(ByteOrder.LITTLE_ENDIAN, 1, 60, 1514, 100);
        PcapSummary s = PcapSummary.read(write("cut.pcap", Arrays.copyOf(whole, whole.length - 50))).orElseThrow();
        assertTrue(s.truncated());
        assertEquals(2, s.frames());
        PcapSummary header = PcapSummary.read(write("cut2.pcap", Arrays.copyOf(whole, 24 + 16 + 60 + 7))).orElseThrow();
        assertTrue(header.truncated(), "cut inside a record header");
        assertEquals(1, header.frames());
    }

    @Test
    void notACapture() throws Exception {
        assertEquals(PcapSummary.Format.UNKNOWN, PcapSummary.read(write("text.pcap", "hello, world, not a pcap".getBytes())).orElseThrow().format());
        assertEquals(PcapSummary.Format.UNKNOWN, PcapSummary.read(write("empty.pcap", new byte[0])).orElseThrow().format());
        byte[] pcapng = {0x0a, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0};
        assertEquals(PcapSummary.Format.PCAPNG, PcapSummary.read(write("ng.pcapng", pcapng)).orElseThrow().format());
        assertTrue(PcapSummary.read(dir.resolve("missing.pcap")).isEmpty());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] capture(ByteOrder order, int linkType, int... frameLengths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(24).order(order);
        header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(linkType);
        out.writeBytes(header.array());
        for (int length : frameLengths) {
            ByteBuffer record = ByteBuffer.allocate(16).order(order);
            record.putInt(1).putInt(0).putInt(length).putInt(length);
            out.writeBytes(record.array());
            out.writeBytes(new byte[length]);
        }
        return out.toByteArray();
    }
}
