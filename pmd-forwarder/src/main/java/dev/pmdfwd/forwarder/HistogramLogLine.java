package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.zip.Deflater;

/**
 * Encodes one interval histogram as a line of HdrHistogram's log format
 * ({@code Tag=T,start_s,length_s,max/1e6,BASE64}, as HistogramLogWriter writes it), with buffers and a
 * Deflater allocated once: HistogramLogWriter allocates a Deflater, copies and Strings per histogram,
 * and the control thread must not allocate. The payload is the library's own uncompressed encoding
 * ({@link Histogram#encodeIntoByteBuffer}), deflated and framed as
 * {@link Histogram#encodeIntoCompressedByteBuffer} frames it: a cookie, the compressed length, the
 * deflated bytes. HistogramLogReader reads it back (HistogramLogLineTest).
 */
final class HistogramLogLine {
    private static final byte[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final int cookie;
    private final ByteBuffer uncompressed;
    private final byte[] compressed;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final AsciiLine line;

    /** Sized for histograms no larger than {@code largest} (same range and precision or smaller). */
    HistogramLogLine(Histogram largest) {
        int capacity = largest.getNeededByteBufferCapacity();
        this.uncompressed = ByteBuffer.allocate(capacity);
        // deflate's worst case grows stored blocks by 5 bytes per 16 KiB, plus the 8-byte frame
        this.compressed = new byte[capacity + capacity / 1000 + 64];
        this.line = new AsciiLine(compressed.length * 4 / 3 + 256);
        ByteBuffer probe = ByteBuffer.allocate(new Histogram(2, 1).getNeededByteBufferCapacity() + 64);
        new Histogram(2, 1).encodeIntoCompressedByteBuffer(probe);
        this.cookie = probe.getInt(0); // the library's compressed-encoding cookie, whatever its version
    }

    /**
     * The line for {@code histogram} (start and length in ms relative to the log's base time), valid
     * until the next call.
     */
    AsciiLine encode(Histogram histogram, String tag, long startMs, long lengthMs) {
        uncompressed.clear();
        int raw = histogram.encodeIntoByteBuffer(uncompressed);
        deflater.reset();
        deflater.setInput(uncompressed.array(), 0, raw);
        deflater.finish();
        int size = deflater.deflate(compressed, 8, compressed.length - 8);
        if (!deflater.finished()) {
            throw new IllegalStateException("histogram larger than the log line was sized for");
        }
        putInt(compressed, 0, cookie);
        putInt(compressed, 4, size);
        line.clear().append("Tag=").append(tag).append(',')
                .appendFixed(startMs, 3, 0).append(',')
                .appendFixed(lengthMs, 3, 0).append(',')
                .appendFixed(Math.round(histogram.getMaxValueAsDouble() / 1e3), 3, 0).append(',');
        base64(compressed, 8 + size);
        return line;
    }

    private void base64(byte[] src, int n) {
        byte[] dst = line.array();
        int at = line.length();
        if (line.remaining() < (n + 2) / 3 * 4) {
            throw new IllegalStateException("log line too short for the encoded histogram");
        }
        int i = 0;
        for (; i + 3 <= n; i += 3) {
            int bits = (src[i] & 0xff) << 16 | (src[i + 1] & 0xff) << 8 | (src[i + 2] & 0xff);
            dst[at++] = BASE64[bits >>> 18];
            dst[at++] = BASE64[bits >>> 12 & 63];
            dst[at++] = BASE64[bits >>> 6 & 63];
            dst[at++] = BASE64[bits & 63];
        }
        if (n - i == 1) {
            int bits = (src[i] & 0xff) << 16;
            dst[at++] = BASE64[bits >>> 18];
            dst[at++] = BASE64[bits >>> 12 & 63];
            dst[at++] = '=';
            dst[at++] = '=';
        } else if (n - i == 2) {
            int bits = (src[i] & 0xff) << 16 | (src[i + 1] & 0xff) << 8;
            dst[at++] = BASE64[bits >>> 18];
            dst[at++] = BASE64[bits >>> 12 & 63];
            dst[at++] = BASE64[bits >>> 6 & 63];
            dst[at++] = '=';
        }
        line.advance(at - line.length());
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** Frees the Deflater's native memory. */
    void close() {
        deflater.end();
    }
}
