package dev.pmdfwd.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

/**
 * The generator's frame: Ethernet, IPv4 and UDP headers (198.18.0.1 -> 198.18.0.2, RFC 2544's
 * benchmarking range, to UDP port {@link #UDP_PORT}), then a sequence number, the time the frame was
 * due to be sent (its intended send time, from {@link System#nanoTime()}) and how late it actually
 * left. Fields are native byte order: only the generator reads them. The headers are built once, in a
 * template copied into every frame.
 */
final class ProbeFrame {
    static final int UDP_PORT = 7357;
    static final int MIN_LENGTH = 64;
    static final int MAX_LENGTH = 1514;
    private static final int UDP_DST_PORT = 14 + 20 + 2;
    private static final int SEQ = 42;
    private static final int INTENDED = 50;
    private static final int LATE_BY = 58;
    private static final ByteOrder NET = ByteOrder.BIG_ENDIAN;
    private static final short UDP_PORT_NET = (short) (ByteOrder.nativeOrder() == NET ? UDP_PORT : Short.reverseBytes((short) UDP_PORT));

    private final MemorySegment template;
    private final int length;

    ProbeFrame(Arena arena, int length) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("--frame-size must be " + MIN_LENGTH + ".." + MAX_LENGTH + " bytes, not " + length);
        }
        this.length = length;
        this.template = arena.allocate(length);
        byte[] header = header(length);
        MemorySegment.copy(header, 0, template, JAVA_BYTE, 0, header.length);
    }

    int length() {
        return length;
    }

    /** Writes a whole frame at {@code data}: the template, then the probe fields. */
    void write(MemorySegment memory, long data, long seq, long intendedNs, long sentNs) {
        MemorySegment.copy(template, 0, memory, data, length);
        memory.set(JAVA_LONG_UNALIGNED, data + SEQ, seq);
        memory.set(JAVA_LONG_UNALIGNED, data + INTENDED, intendedNs);
        memory.set(JAVA_INT_UNALIGNED, data + LATE_BY, (int) Math.min(Integer.MAX_VALUE, sentNs - intendedNs));
    }

    /** Whether the frame at {@code data} of {@code dataLength} bytes is one of ours. */
    static boolean isProbe(MemorySegment memory, long data, int dataLength) {
        return dataLength >= MIN_LENGTH && memory.get(JAVA_SHORT_UNALIGNED, data + UDP_DST_PORT) == UDP_PORT_NET;
    }

    static long seq(MemorySegment memory, long data) {
        return memory.get(JAVA_LONG_UNALIGNED, data + SEQ);
    }

    static long intendedNs(MemorySegment memory, long data) {
        return memory.get(JAVA_LONG_UNALIGNED, data + INTENDED);
    }

    static long sentNs(MemorySegment memory, long data) {
        return intendedNs(memory, data) + memory.get(JAVA_INT_UNALIGNED, data + LATE_BY);
    }

    /** Ethernet II + IPv4 (checksummed) + UDP (no checksum) for a frame of {@code length} bytes without FCS. */
    static byte[] header(int length) {
        byte[] h = new byte[42];
        byte[] dst = {0x02, 0, 0, 0, 0, 0x02};
        byte[] src = {0x02, 0, 0, 0, 0, 0x01};
        System.arraycopy(dst, 0, h, 0, 6);
        System.arraycopy(src, 0, h, 6, 6);
        put16(h, 12, 0x0800);
        h[14] = 0x45;
        put16(h, 16, length - 14);
        put16(h, 20, 0x4000); // DF
        h[22] = 64;
        h[23] = 17;
        byte[] srcIp = {(byte) 198, 18, 0, 1};
        byte[] dstIp = {(byte) 198, 18, 0, 2};
        System.arraycopy(srcIp, 0, h, 26, 4);
        System.arraycopy(dstIp, 0, h, 30, 4);
        put16(h, 24, ipChecksum(h, 14, 20));
        put16(h, 34, 49152);
        put16(h, 36, UDP_PORT);
        put16(h, 38, length - 34);
        return h;
    }

    static int ipChecksum(byte[] b, int from, int len) {
        int sum = 0;
        for (int i = from; i < from + len; i += 2) {
            sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return ~sum & 0xffff;
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }
}
