package dev.pmdfwd.pcap;

import java.nio.ByteOrder;

/**
 * Facts of the classic libpcap file format (not pcapng).
 *
 * <p>Global header, 24 bytes: magic u32, version_major u16, version_minor u16, thiszone i32,
 * sigfigs u32, snaplen u32, network (link type) u32. Each record: a 16-byte header
 * (ts_sec u32, ts_frac u32, incl_len u32, orig_len u32) followed by incl_len bytes of frame.
 * All header fields use the byte order of the writer, which the magic reveals.
 */
public final class PcapFormat {

    /** Magic as a u32 in the writer's byte order: timestamps in microseconds. */
    public static final int MAGIC_MICROS = 0xa1b2c3d4;
    /** Magic as a u32 in the writer's byte order: timestamps in nanoseconds. */
    public static final int MAGIC_NANOS = 0xa1b23c4d;
    /** Magic as it reads when a file's byte order is the opposite of the reader's. */
    public static final int MAGIC_MICROS_SWAPPED = 0xd4c3b2a1;
    public static final int MAGIC_NANOS_SWAPPED = 0x4d3cb2a1;
    /** pcapng section header block type: recognised only to give a better error. */
    public static final int PCAPNG_MAGIC = 0x0a0d0d0a;

    public static final int VERSION_MAJOR = 2;
    public static final int VERSION_MINOR = 4;

    public static final int GLOBAL_HEADER_LENGTH = 24;
    public static final int RECORD_HEADER_LENGTH = 16;

    /** LINKTYPE_ETHERNET: frames start at the destination MAC and carry no FCS. */
    public static final int LINKTYPE_ETHERNET = 1;

    /** libpcap's MAXIMUM_SNAPLEN; also our default, so jumbo frames are never cut. */
    public static final int MAX_SNAPLEN = 262_144;
    public static final int DEFAULT_SNAPLEN = MAX_SNAPLEN;

    private PcapFormat() {
    }

    /**
     * Byte order of a file given its first four bytes read as a big-endian int, or null if
     * they are not a classic pcap magic.
     */
    public static ByteOrder byteOrderOf(int firstFourBytesBigEndian) {
        return switch (firstFourBytesBigEndian) {
            case MAGIC_MICROS, MAGIC_NANOS -> ByteOrder.BIG_ENDIAN;
            case MAGIC_MICROS_SWAPPED, MAGIC_NANOS_SWAPPED -> ByteOrder.LITTLE_ENDIAN;
            default -> null;
        };
    }

    /** True if the magic (in either byte order, read big-endian) marks nanosecond timestamps. */
    public static boolean isNanosecond(int firstFourBytesBigEndian) {
        return firstFourBytesBigEndian == MAGIC_NANOS || firstFourBytesBigEndian == MAGIC_NANOS_SWAPPED;
    }
}
