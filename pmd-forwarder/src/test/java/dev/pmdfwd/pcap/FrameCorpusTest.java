package dev.pmdfwd.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

final class FrameCorpusTest {

    private static int u16(byte[] f, int off) {
        return ((f[off] & 0xff) << 8) | (f[off + 1] & 0xff);
    }

    /** Offset of the ethertype after any 0x8100/0x88a8 tags. */
    private static int ethertypeOffset(byte[] f) {
        int off = 12;
        while (u16(f, off) == 0x8100 || u16(f, off) == 0x88a8) {
            off += 4;
        }
        return off;
    }

    /** RFC 1071 sum written out independently of FrameCorpus's helper. */
    private static int sum16(byte[] f, int from, int length, long start) {
        long sum = start;
        for (int i = 0; i < length; i += 2) {
            int hi = f[from + i] & 0xff;
            int lo = i + 1 < length ? f[from + i + 1] & 0xff : 0;
            sum += hi * 256 + lo;
        }
        while (sum > 0xffff) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) sum;
    }

    private static long count(List<byte[]> frames, Predicate<byte[]> p) {
        return frames.stream().filter(p).count();
    }

    @Test
    void ipv4HeaderChecksumsAreCorrect() {
        int checked = 0;
        for (byte[] f : FrameCorpus.standard()) {
            int et = ethertypeOffset(f);
            if (u16(f, et) != 0x0800) {
                continue;
            }
            int ip = et + 2;
            assertEquals(0x45, f[ip] & 0xff);
            assertEquals(0xffff, sum16(f, ip, 20, 0), () -> "IPv4 header checksum of " + FrameCorpus.describe(f));
            checked++;
        }
        assertTrue(checked >= 15, "checked " + checked);
    }

    @Test
    void udpChecksumsAreCorrect() {
        for (byte[] f : FrameCorpus.standard()) {
            int et = ethertypeOffset(f);
            int type = u16(f, et);
            int ip = et + 2;
            long pseudo;
            int udp;
            if (type == 0x0800) {
                udp = ip + 20;
                pseudo = sum16(f, ip + 12, 8, 0) + 17;
            } else if (type == 0x86dd) {
                udp = ip + 40;
                pseudo = sum16(f, ip + 8, 32, 0) + 17;
            } else {
                continue;
            }
            int udpLength = u16(f, udp + 4);
            assertTrue(u16(f, udp + 6) != 0, "UDP checksum present");
            assertEquals(0xffff, sum16(f, udp, udpLength, pseudo + udpLength),
                    () -> "UDP checksum of " + FrameCorpus.describe(f));
        }
    }

    @Test
    void namedFramesHaveTheirShape() {
        byte[] min = FrameCorpus.minimum(1);
        assertEquals(60, min.length);
        assertEquals(36, u16(min, 16), "IPv4 total length leaves 10 bytes of padding");
        assertArrayEquals(new byte[10], java.util.Arrays.copyOfRange(min, 50, 60), "padding is zero");

        byte[] vlan = FrameCorpus.vlan(64, 2, 100);
        assertEquals(0x8100, u16(vlan, 12));
        assertEquals(100, u16(vlan, 14) & 0x0fff);
        assertEquals(0x0800, u16(vlan, 16));

        byte[] qinq = FrameCorpus.qinq(68, 3, 200, 100);
        assertEquals(0x88a8, u16(qinq, 12));
        assertEquals(200, u16(qinq, 14) & 0x0fff);
        assertEquals(0x8100, u16(qinq, 16));
        assertEquals(100, u16(qinq, 18) & 0x0fff);
        assertEquals(0x0800, u16(qinq, 20));

        byte[] arp = FrameCorpus.arpRequest(4);
        assertEquals(60, arp.length);
        assertEquals("ffffffffffff", HexFormat.of().formatHex(arp, 0, 6));
        assertEquals(0x0806, u16(arp, 12));
        assertEquals(1, u16(arp, 20), "ARP request opcode");

        assertEquals("ffffffffffff", HexFormat.of().formatHex(FrameCorpus.broadcast(100, 5), 0, 6));
        assertEquals("01005e010203", HexFormat.of().formatHex(FrameCorpus.multicast(100, 6), 0, 6));

        byte[] v6 = FrameCorpus.ipv6Udp(100, 7);
        assertEquals(0x86dd, u16(v6, 12));
        assertEquals(6, (v6[14] & 0xff) >> 4);
        assertEquals(100 - 54, u16(v6, 18), "IPv6 payload length");

        assertEquals(1514, FrameCorpus.fullSize(8).length);
        assertEquals(9000, FrameCorpus.jumbo(9).length);
        for (int length : List.of(60, 61, 63, 127, 1001, 1514, 9000)) {
            byte[] f = FrameCorpus.ipv4Udp(length, 10);
            assertEquals(length, f.length);
            assertEquals(length - 14, u16(f, 16), "IPv4 total length fills the frame");
        }
    }

    @Test
    void standardCorpusCoversEveryKind() {
        List<byte[]> c = FrameCorpus.standard();
        assertTrue(c.size() >= 20, "size " + c.size());
        assertEquals(FrameCorpus.standardSize(), c.size());
        assertTrue(count(c, f -> f.length == 60) >= 2, "minimum frames");
        assertTrue(count(c, f -> f.length >= 9000) >= 1, "jumbo frames");
        assertTrue(count(c, f -> f.length == 1514) >= 1, "full-size frames");
        for (int odd : FrameCorpus.ODD_LENGTHS) {
            assertTrue(count(c, f -> f.length == odd) >= 1, "odd length " + odd);
        }
        assertTrue(count(c, f -> u16(f, 12) == 0x8100) >= 1, "VLAN");
        assertTrue(count(c, f -> u16(f, 12) == 0x88a8 && u16(f, 16) == 0x8100) >= 1, "QinQ");
        assertTrue(count(c, f -> u16(f, 12) == 0x0806) >= 1, "ARP");
        assertTrue(count(c, f -> u16(f, 12) == 0x86dd) >= 1, "IPv6");
        assertTrue(count(c, f -> (f[0] & 0xff) == 0xff && u16(f, 12) == 0x0800) >= 1, "broadcast");
        assertTrue(count(c, f -> (f[0] & 0xff) == 0x01 && f[1] == 0 && (f[2] & 0xff) == 0x5e) >= 1, "multicast");
        for (byte[] f : c) {
            assertTrue(f.length >= 60, "no runts: " + FrameCorpus.describe(f));
        }
    }

    @Test
    void framesAreDistinctDeterministicAndNumbered() {
        List<byte[]> three = FrameCorpus.standard(3);
        assertEquals(3 * FrameCorpus.standardSize(), three.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < three.size(); i++) {
            byte[] f = three.get(i);
            assertTrue(seen.add(HexFormat.of().formatHex(f)), "duplicate frame " + i);
            assertEquals(i, FrameCorpus.sequence(f), FrameCorpus.describe(f));
        }
        assertNull(FrameDiff.firstDifference(FrameCorpus.standard(3), three), "same bytes every time");
        assertNull(FrameDiff.firstDifference(FrameCorpus.standard(), three.subList(0, FrameCorpus.standardSize())));
        assertTrue(FrameCorpus.standard(0).isEmpty());
    }

    @Test
    void describeIsShortAndTolerant() {
        assertEquals("64 B, 0x8100[vid 100] > 0x0800 IPv4/UDP, seq 7", FrameCorpus.describe(FrameCorpus.vlan(64, 7, 100)));
        assertEquals("68 B, 0x88a8[vid 200] > 0x8100[vid 100] > 0x0800 IPv4/UDP, seq 3",
                FrameCorpus.describe(FrameCorpus.qinq(68, 3, 200, 100)));
        assertEquals("60 B, broadcast, 0x0806 ARP, seq 4", FrameCorpus.describe(FrameCorpus.arpRequest(4)));
        assertEquals("100 B, multicast, 0x0800 IPv4/UDP, seq 6", FrameCorpus.describe(FrameCorpus.multicast(100, 6)));
        assertEquals("9000 B, 0x86dd IPv6/UDP, seq 1", FrameCorpus.describe(FrameCorpus.ipv6Udp(9000, 1)));
        assertEquals("5 B, runt", FrameCorpus.describe(new byte[5]));
        assertEquals("null", FrameCorpus.describe(null));
        byte[] tagsOnly = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0x81, 0, 0, 1, (byte) 0x81, 0};
        FrameCorpus.describe(tagsOnly); // must not throw on a cut frame
        assertEquals(-1, FrameCorpus.sequence(tagsOnly));
    }

    @Test
    void impossibleFramesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FrameCorpus.ipv4Udp(59, 0));
        assertThrows(IllegalArgumentException.class, () -> FrameCorpus.ipv6Udp(69, 0));
        assertThrows(IllegalArgumentException.class, () -> FrameCorpus.ipv4Udp(14 + 65536, 0));
        assertThrows(IllegalArgumentException.class, () -> FrameCorpus.vlan(64, 0, 4096));
        assertThrows(IllegalArgumentException.class, () -> FrameCorpus.ipv4Udp(64, -1));
    }
}
