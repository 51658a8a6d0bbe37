package dev.pmdfwd.pcap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a classic little-endian pcap of Ethernet frames. Frames longer than the snaplen are
 * cut to it, keeping their original length in the record header, as libpcap does.
 */
public final class PcapWriter implements AutoCloseable {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MAX_SECONDS = 0xffff_ffffL; // ts_sec is an unsigned 32-bit field

    private final OutputStream out;
    private final boolean nanosecond;
    private final int snaplen;
    // Reused for every record header; the writer is single-threaded like the stream under it.
    private final ByteBuffer header = ByteBuffer.allocate(PcapFormat.RECORD_HEADER_LENGTH)
            .order(ByteOrder.LITTLE_ENDIAN);
    private boolean closed;

    private PcapWriter(OutputStream out, boolean nanosecond, int snaplen) {
        this.out = out;
        this.nanosecond = nanosecond;
        this.snaplen = snaplen;
    }

    /** Creates (or truncates) {@code file} and writes the global header. */
    public static PcapWriter create(Path file, boolean nanosecond, int snaplen) throws IOException {
        Objects.requireNonNull(file, "file");
        if (snaplen <= 0 || snaplen > PcapFormat.MAX_SNAPLEN) {
            throw new IllegalArgumentException("snaplen " + snaplen + " not in 1.." + PcapFormat.MAX_SNAPLEN);
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        try {
            ByteBuffer global = ByteBuffer.allocate(PcapFormat.GLOBAL_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            global.putInt(nanosecond ? PcapFormat.MAGIC_NANOS : PcapFormat.MAGIC_MICROS);
            global.putShort((short) PcapFormat.VERSION_MAJOR);
            global.putShort((short) PcapFormat.VERSION_MINOR);
            global.putInt(0); // thiszone: timestamps are UTC
            global.putInt(0); // sigfigs: always 0 in practice
            global.putInt(snaplen);
            global.putInt(PcapFormat.LINKTYPE_ETHERNET);
            out.write(global.array());
        } catch (IOException | RuntimeException e) {
            try {
                out.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new PcapWriter(out, nanosecond, snaplen);
    }

    public boolean nanosecond() {
        return nanosecond;
    }

    public int snaplen() {
        return snaplen;
    }

    public void write(long timestampNanos, byte[] frame) throws IOException {
        write(timestampNanos, frame, 0, frame.length);
    }

    /**
     * Appends one record. In microsecond files the timestamp is truncated to microseconds.
     *
     * @throws IllegalArgumentException if the timestamp is before 1970 or after 2106, which
     *     the unsigned 32-bit seconds field cannot hold
     */
    public void write(long timestampNanos, byte[] frame, int offset, int length) throws IOException {
        if (closed) {
            throw new IllegalStateException("pcap writer is closed");
        }
        Objects.checkFromIndexSize(offset, length, frame.length);
        long seconds = Math.floorDiv(timestampNanos, NANOS_PER_SECOND);
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("timestamp " + timestampNanos + " ns does not fit pcap's u32 seconds");
        }
        long fraction = Math.floorMod(timestampNanos, NANOS_PER_SECOND);
        int included = Math.min(length, snaplen);
        header.clear();
        header.putInt((int) seconds);
        header.putInt((int) (nanosecond ? fraction : fraction / 1_000));
        header.putInt(included);
        header.putInt(length);
        out.write(header.array());
        out.write(frame, offset, included);
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
