package dev.pmdfwd.bench;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The probe frame's bytes: valid Ethernet/IPv4/UDP headers, and the probe fields read back as written. */
class ProbeFrameTest {
    @Test
    void headersAreValidIpv4Udp() {
        byte[] h = ProbeFrame.header(64);
        assertEquals(0x08, h[12] & 0xff);
        assertEquals(0x00, h[13] & 0xff);
        assertEquals(0x45, h[14] & 0xff);
        assertEquals(50, ((h[16] & 0xff) << 8) | (h[17] & 0xff), "IPv4 total length = frame - Ethernet header");
        assertEquals(0, ProbeFrame.ipChecksum(h, 14, 20), "a correct IPv4 checksum sums to zero");
        assertEquals(17, h[23]);
        assertEquals(ProbeFrame.UDP_PORT, ((h[36] & 0xff) << 8) | (h[37] & 0xff));
        assertEquals(30, ((h[38] & 0xff) << 8) | (h[39] & 0xff), "UDP length = frame - 34");
    }

    @Test
    void probeFieldsRoundTripAndForeignFramesAreNotProbes() {
        try (Arena arena = Arena.ofConfined()) {
            ProbeFrame frame = new ProbeFrame(arena, 128);
            MemorySegment buf = arena.allocate(256);
            MemorySegment all = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
            frame.write(all, buf.address(), 123456789L, 1_000_000L, 1_000_750L);
            assertTrue(ProbeFrame.isProbe(all, buf.address(), 128));
            assertEquals(123456789L, ProbeFrame.seq(all, buf.address()));
            assertEquals(1_000_000L, ProbeFrame.intendedNs(all, buf.address()));
            assertEquals(1_000_750L, ProbeFrame.sentNs(all, buf.address()));
            assertFalse(ProbeFrame.isProbe(all, buf.address(), 60), "too short");
            buf.set(JAVA_BYTE, 37, (byte) 0x35); // another UDP port
            assertFalse(ProbeFrame.isProbe(all, buf.address(), 128));
        }
        assertThrows(IllegalArgumentException.class, () -> new ProbeFrame(Arena.global(), 40));
    }
}
