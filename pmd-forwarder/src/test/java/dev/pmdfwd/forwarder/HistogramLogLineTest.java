package dev.pmdfwd.forwarder;

import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Our allocation-free log lines read back, through HdrHistogram's own reader, as what was recorded. */
class HistogramLogLineTest {
    @Test
    void histogramLogReaderReadsBackEveryIntervalTagAndTime() throws Exception {
        Histogram largest = new Histogram(StreamHistograms.MAX_RESIDENCE_NS, 3);
        HistogramLogLine encoder = new HistogramLogLine(largest);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.US_ASCII);
        HistogramLogWriter header = new HistogramLogWriter(out);
        header.outputLogFormatVersion();
        header.outputStartTime(1_700_000_000_000L);
        header.outputBaseTime(1_700_000_000_000L);
        header.outputLegend();

        SplittableRandom random = new SplittableRandom(7);
        Histogram[] written = new Histogram[4];
        for (int i = 0; i < written.length; i++) {
            written[i] = new Histogram(StreamHistograms.MAX_RESIDENCE_NS, 3);
            for (int v = 0; v < 10_000 * i; v++) {
                written[i].recordValue(random.nextLong(1, i == 3 ? StreamHistograms.MAX_RESIDENCE_NS : 100_000));
            }
            encoder.encode(written[i], "stream" + i + ".burst_residence_ns", 1_000L * i + 5, 1_001).println(out);
        }
        Histogram tiny = new Histogram(32, 3); // a smaller range, as the burst-size histograms are
        tiny.recordValueWithCount(32, 1_000_000);
        tiny.recordValue(1);
        encoder.encode(tiny, "stream0.rx_burst_size", 4_005, 999).println(out);

        HistogramLogReader reader = new HistogramLogReader(new ByteArrayInputStream(bytes.toByteArray()));
        for (int i = 0; i < written.length; i++) {
            Histogram read = (Histogram) reader.nextIntervalHistogram();
            assertEquals("stream" + i + ".burst_residence_ns", read.getTag());
            assertEquals(written[i], read, "interval " + i + " read back with the same counts");
            assertEquals(1_700_000_000_000L + 1_000L * i + 5, read.getStartTimeStamp());
            assertEquals(1_700_000_000_000L + 1_000L * i + 5 + 1_001, read.getEndTimeStamp());
        }
        EncodableHistogram last = reader.nextIntervalHistogram();
        assertEquals("stream0.rx_burst_size", last.getTag());
        assertEquals(1_000_001, ((Histogram) last).getTotalCount());
        assertEquals(32, ((Histogram) last).getMaxValue());
        assertNull(reader.nextIntervalHistogram());
        encoder.close();
    }
}
