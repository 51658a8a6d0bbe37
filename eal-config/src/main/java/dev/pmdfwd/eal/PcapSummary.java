package dev.pmdfwd.eal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a capture file given as {@code rx_pcap} holds, read before EAL opens it: net_pcap refuses an
 * unknown format only by leaving its port out, sends frames of any link type as if they were Ethernet,
 * and stops silently at a truncated frame. Only the headers are read (each record's payload is skipped).
 *
 * @param format     the file format
 * @param linkType   the pcap link type (1 is Ethernet); -1 for pcapng (link types are per interface there)
 * @param frames     whole frames in the file (pcap only)
 * @param truncated  the file ends inside a frame
 * @param frameLengths whole frames by captured length (pcap only; at most 65536 distinct lengths)
 */
public record PcapSummary(Format format, int linkType, long frames, boolean truncated, int magic,
                          SortedMap<Integer, Long> frameLengths) {
    public PcapSummary {
        frameLengths = Collections.unmodifiableSortedMap(new TreeMap<>(frameLengths));
    }

    public PcapSummary(Format format, int linkType, long frames, boolean truncated, int magic) {
        this(format, linkType, frames, truncated, magic, new TreeMap<>());
    }

    /** The longest whole frame, 0 if none. */
    public int longestFrame() {
        return frameLengths.isEmpty() ? 0 : frameLengths.lastKey();
    }

    /** Whole frames longer than {@code bytes}. */
    public long framesLongerThan(int bytes) {
        return frameLengths.tailMap(bytes + 1).values().stream().mapToLong(Long::longValue).sum();
    }

    public static final int LINKTYPE_ETHERNET = 1;

    public enum Format { PCAP, PCAPNG, UNKNOWN }

    /** Reads {@code file}; empty when it cannot be read (the existence checks report that). */
    public static Optional<PcapSummary> read(Path file) {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
            byte[] header = new byte[24];
            int got = data.readNBytes(header, 0, header.length);
            int magic = got < 4 ? 0 : be(header, 0);
            if (magic == 0x0a0d0d0a) {
                return Optional.of(new PcapSummary(Format.PCAPNG, -1, -1, false, magic));
            }
            boolean little = magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1;
            boolean big = magic == 0xa1b2c3d4 || magic == 0xa1b23c4d;
            if (got < header.length || !(little || big)) {
                return Optional.of(new PcapSummary(Format.UNKNOWN, -1, 0, false, magic));
            }
            int linkType = little ? le(header, 20) : be(header, 20);
            long frames = 0;
            TreeMap<Integer, Long> lengths = new TreeMap<>();
            byte[] record = new byte[16];
            byte[] payload = new byte[65536];
            while (true) {
                int n = data.readNBytes(record, 0, record.length);
                if (n == 0) {
                    return Optional.of(new PcapSummary(Format.PCAP, linkType & 0xFFFF, frames, false, magic, lengths));
                }
                long remaining = n < record.length ? -1 : Integer.toUnsignedLong(little ? le(record, 8) : be(record, 8));
                long captured = remaining;
                while (remaining > 0) {
                    int want = (int) Math.min(remaining, payload.length);
                    if (data.readNBytes(payload, 0, want) < want) {
                        remaining = -1;
                    } else {
                        remaining -= want;
                    }
                }
                if (remaining < 0) {
                    return Optional.of(new PcapSummary(Format.PCAP, linkType & 0xFFFF, frames, true, magic, lengths));
                }
                frames++;
                lengths.merge((int) Math.min(captured, Integer.MAX_VALUE), 1L, Long::sum);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int be(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    private static int le(byte[] b, int at) {
        return (b[at + 3] & 0xFF) << 24 | (b[at + 2] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | b[at] & 0xFF;
    }
}
