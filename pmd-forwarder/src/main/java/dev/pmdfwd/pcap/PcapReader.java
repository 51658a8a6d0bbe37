package dev.pmdfwd.pcap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a classic pcap of Ethernet frames written in either byte order with microsecond or
 * nanosecond timestamps. Anything else, or any damage, is a {@link PcapFormatException}: the
 * reader is for test fixtures, where a silently skipped record would hide a bug.
 */
public final class PcapReader implements AutoCloseable {

    private final Path file;
    private final InputStream in;
    private final ByteOrder order;
    private final boolean nanosecond;
    private final long snaplen;
    private final long fileSize; // bounds allocation before reading a record that claims a huge length
    private final byte[] headerBytes = new byte[PcapFormat.RECORD_HEADER_LENGTH];
    private final ByteBuffer header;
    private long position;

    private PcapReader(Path file, InputStream in, ByteOrder order, boolean nanosecond, long snaplen, long fileSize) {
        this.file = file;
        this.in = in;
        this.order = order;
        this.nanosecond = nanosecond;
        this.snaplen = snaplen;
        this.fileSize = fileSize;
        this.header = ByteBuffer.wrap(headerBytes).order(order);
        this.position = PcapFormat.GLOBAL_HEADER_LENGTH;
    }

    /** Opens {@code file} and checks its global header. */
    public static PcapReader open(Path file) throws PcapFormatException, IOException {
        Objects.requireNonNull(file, "file");
        long fileSize = Files.isRegularFile(file) ? Files.size(file) : Long.MAX_VALUE;
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            byte[] global = new byte[PcapFormat.GLOBAL_HEADER_LENGTH];
            int n = readFully(in, global, 0, global.length);
            ByteBuffer b = ByteBuffer.wrap(global);
            // A wrong magic is the more useful complaint even for a short file (e.g. a text file).
            if (n >= 4) {
                int magic = b.getInt(0);
                if (PcapFormat.byteOrderOf(magic) == null) {
                    String hint = magic == PcapFormat.PCAPNG_MAGIC ? "; pcapng is not supported" : "";
                    throw new PcapFormatException(file,
                            "not a pcap file (magic 0x%08x%s)".formatted(magic, hint));
                }
            }
            if (n < global.length) {
                throw new PcapFormatException(file,
                        "truncated global header (%d of %d bytes)".formatted(n, global.length));
            }
            int magic = b.getInt(0);
            b.order(PcapFormat.byteOrderOf(magic));
            int major = Short.toUnsignedInt(b.getShort(4));
            int minor = Short.toUnsignedInt(b.getShort(6));
            if (major != PcapFormat.VERSION_MAJOR) {
                throw new PcapFormatException(file, "unsupported version %d.%d (want %d.%d)"
                        .formatted(major, minor, PcapFormat.VERSION_MAJOR, PcapFormat.VERSION_MINOR));
            }
            long snaplen = Integer.toUnsignedLong(b.getInt(16));
            long linkType = Integer.toUnsignedLong(b.getInt(20));
            if (linkType != PcapFormat.LINKTYPE_ETHERNET) {
                throw new PcapFormatException(file, "unsupported link type %d (want %d, Ethernet)"
                        .formatted(linkType, PcapFormat.LINKTYPE_ETHERNET));
            }
            // Some writers leave snaplen 0 meaning "unknown"; treat it as libpcap's maximum.
            long effectiveSnaplen = snaplen == 0 ? PcapFormat.MAX_SNAPLEN : snaplen;
            return new PcapReader(file, in, b.order(), PcapFormat.isNanosecond(magic), effectiveSnaplen, fileSize);
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public ByteOrder byteOrder() {
        return order;
    }

    public boolean nanosecond() {
        return nanosecond;
    }

    public long snaplen() {
        return snaplen;
    }

    /** The next record, or null at a clean end of file (exactly at a record boundary). */
    public PcapRecord next() throws PcapFormatException, IOException {
        long recordStart = position;
        int n = readFully(in, headerBytes, 0, headerBytes.length);
        if (n == 0) {
            return null;
        }
        position += n;
        if (n < headerBytes.length) {
            throw new PcapFormatException(file, "truncated record header at byte %d (%d of %d bytes)"
                    .formatted(recordStart, n, headerBytes.length));
        }
        long seconds = Integer.toUnsignedLong(header.getInt(0));
        long fraction = Integer.toUnsignedLong(header.getInt(4));
        long included = Integer.toUnsignedLong(header.getInt(8));
        long original = Integer.toUnsignedLong(header.getInt(12));
        if (included > snaplen) {
            throw new PcapFormatException(file, "record length %d exceeds snaplen %d (record at byte %d)"
                    .formatted(included, snaplen, recordStart));
        }
        long available = fileSize - position;
        if (included > available) {
            throw new PcapFormatException(file, "truncated frame: record says %d bytes, file ends after %d (record at byte %d)"
                    .formatted(included, available, recordStart));
        }
        byte[] data = new byte[(int) included];
        int got = readFully(in, data, 0, data.length);
        position += got;
        if (got < data.length) { // the file shrank under us, or is not a regular file
            throw new PcapFormatException(file, "truncated frame: record says %d bytes, file ends after %d (record at byte %d)"
                    .formatted(included, got, recordStart));
        }
        long nanos = seconds * 1_000_000_000L + (nanosecond ? fraction : fraction * 1_000L);
        // orig_len above 2^31 cannot describe a real frame; clamp rather than overflow the int.
        int originalLength = (int) Math.min(original, Integer.MAX_VALUE);
        return new PcapRecord(nanos, originalLength, data);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    public static List<PcapRecord> readAll(Path file) throws PcapFormatException, IOException {
        try (PcapReader reader = open(file)) {
            List<PcapRecord> records = new ArrayList<>();
            for (PcapRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            return records;
        }
    }

    /** The frame bytes of every record, in file order. */
    public static List<byte[]> frames(Path file) throws PcapFormatException, IOException {
        List<PcapRecord> records = readAll(file);
        List<byte[]> frames = new ArrayList<>(records.size());
        for (PcapRecord r : records) {
            frames.add(r.data());
        }
        return frames;
    }

    /** Reads until {@code len} bytes or end of stream; returns how many were read. */
    private static int readFully(InputStream in, byte[] buf, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int r = in.read(buf, off + total, len - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }
}
