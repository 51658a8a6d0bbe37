package dev.pmdfwd.forwarder;

import java.io.PrintStream;

/**
 * A line of ASCII text built in a byte array allocated once, then written as bytes: what the control
 * thread prints each second must not allocate (String.format and string concatenation do), because a
 * young GC stops the forwarding lcores too. Numbers are integers or fixed-point integers, so no
 * floating-point formatting is needed. Text that does not fit is cut, never grown.
 */
final class AsciiLine {
    private final byte[] bytes;
    private final byte[] digits = new byte[20];
    private int length;

    AsciiLine(int capacity) {
        this.bytes = new byte[capacity];
    }

    AsciiLine clear() {
        length = 0;
        return this;
    }

    int length() {
        return length;
    }

    /** ASCII text (other characters become '?'). */
    AsciiLine append(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            put(c < 128 ? (byte) c : (byte) '?');
        }
        return this;
    }

    AsciiLine append(char c) {
        put((byte) c);
        return this;
    }

    AsciiLine append(long value) {
        return appendPadded(value, 0);
    }

    /** {@code value}, right-aligned in at least {@code width} characters. */
    AsciiLine appendPadded(long value, int width) {
        boolean negative = value < 0;
        int n = 0;
        long v = value;
        do {
            digits[n++] = (byte) ('0' + Math.abs(v % 10));
            v /= 10;
        } while (v != 0);
        for (int pad = width - n - (negative ? 1 : 0); pad > 0; pad--) {
            put((byte) ' ');
        }
        if (negative) {
            put((byte) '-');
        }
        while (n > 0) {
            put(digits[--n]);
        }
        return this;
    }

    /**
     * A fixed-point number: {@code scaled} is the value times 10^{@code decimals}, e.g. (1234, 3) is
     * "1.234" and (-5, 1) is "-0.5"; right-aligned in at least {@code width} characters.
     */
    AsciiLine appendFixed(long scaled, int decimals, int width) {
        long unit = 1;
        for (int i = 0; i < decimals; i++) {
            unit *= 10;
        }
        long whole = Math.abs(scaled / unit);
        long fraction = Math.abs(scaled % unit);
        int wholeDigits = 1;
        for (long w = whole; w >= 10; w /= 10) {
            wholeDigits++;
        }
        int signWidth = scaled < 0 ? 1 : 0;
        for (int pad = width - signWidth - wholeDigits - (decimals > 0 ? decimals + 1 : 0); pad > 0; pad--) {
            put((byte) ' ');
        }
        if (scaled < 0) {
            put((byte) '-');
        }
        appendPadded(whole, 0);
        if (decimals > 0) {
            put((byte) '.');
            for (long u = unit / 10; u > 0; u /= 10) {
                put((byte) ('0' + fraction / u % 10));
            }
        }
        return this;
    }

    /** The bytes so far, as a String (allocates: for tests and messages). */
    @Override
    public String toString() {
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The line as built, then a newline; writing raw bytes to a PrintStream allocates nothing. */
    void println(PrintStream out) {
        if (length == bytes.length) {
            length--; // a cut line still ends
        }
        put((byte) '\n');
        out.write(bytes, 0, length);
        out.flush();
    }

    byte[] array() {
        return bytes;
    }

    /** For encoders that fill {@link #array()} directly: {@code n} bytes were written at {@link #length()}. */
    void advance(int n) {
        length = Math.min(bytes.length, length + n);
    }

    int remaining() {
        return bytes.length - length;
    }

    private void put(byte b) {
        if (length < bytes.length) {
            bytes[length++] = b;
        }
    }
}
