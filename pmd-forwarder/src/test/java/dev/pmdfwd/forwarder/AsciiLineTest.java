package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AsciiLineTest {
    @Test
    void integersAsLongFormatsThem() {
        AsciiLine line = new AsciiLine(200);
        for (long v : new long[]{0, 7, -7, 10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(Long.toString(v), line.clear().append(v).toString());
            assertEquals(String.format(Locale.ROOT, "%12d", v), line.clear().appendPadded(v, 12).toString());
        }
    }

    @Test
    void fixedPointAsStringFormatDoes() {
        AsciiLine line = new AsciiLine(100);
        long[][] cases = {{0, 1, 7}, {5, 1, 7}, {12345, 1, 7}, {1234, 3, 0}, {1, 3, 0}, {999, 3, 0}, {1000, 3, 0},
                {48350, 3, 0}, {-5, 1, 0}, {-12345, 3, 9}, {42, 0, 4}};
        for (long[] c : cases) {
            double value = c[0] / Math.pow(10, c[1]);
            String expected = String.format(Locale.ROOT, "%" + (c[2] > 0 ? c[2] : "") + "." + c[1] + "f", value);
            assertEquals(expected, line.clear().appendFixed(c[0], (int) c[1], (int) c[2]).toString(), "case " + c[0]);
        }
    }

    @Test
    void aLineThatDoesNotFitIsCutAndStillEndsWithANewline() {
        AsciiLine line = new AsciiLine(8);
        line.append("0123456789").append('x').append(12);
        assertEquals("01234567", line.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        line.println(new PrintStream(bytes, true, StandardCharsets.US_ASCII));
        assertEquals("0123456\n", bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void nonAsciiBecomesAQuestionMark() {
        assertEquals("port ?", new AsciiLine(20).append("port \u00e9").toString());
    }
}
