package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A writer recording flat out while the reader samples: no value is lost or counted twice, and the
 * reader allocates nothing even when its phase flip finds the writer mid-record (the case where
 * HdrHistogram's SingleWriterRecorder sleeps, and Thread.sleep allocates).
 */
class IntervalRecorderTest {
    private static final int SAMPLES = 20_000;

    @Test
    void everyValueLandsInExactlyOneIntervalAndSamplingAllocatesNothing() throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        IntervalRecorder recorder = new IntervalRecorder(1_000_000, 3);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong written = new AtomicLong();
        AtomicLong weight = new AtomicLong();
        Thread writer = Thread.ofPlatform().name("recorder-writer").start(() -> {
            long n = 0;
            long w = 0;
            while (!stop.get()) {
                long value = 1 + (n % 999_999);
                recorder.recordValueWithCount(value, 3);
                n++;
                w += 3;
            }
            written.set(n);
            weight.set(w);
        });
        long seen = 0;
        long warmSeen = 0;
        long before = 0;
        long after = 0;
        for (int i = 0; i < 2 * SAMPLES; i++) {
            if (i == SAMPLES) {
                warmSeen = seen;
                before = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            }
            Histogram interval = recorder.sampleInterval();
            seen += interval.getTotalCount();
        }
        after = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
        stop.set(true);
        writer.join();
        seen += recorder.sampleInterval().getTotalCount();

        assertTrue(seen - warmSeen > 0, "the writer recorded while the reader sampled");
        assertEquals(weight.get(), seen, "counts over all intervals against what " + written.get() + " records weighed");
        assertEquals(0, after - before, "bytes the reader allocated over " + SAMPLES + " warm samples");
    }

    @Test
    void anIntervalHoldsOnlyWhatWasRecordedSinceTheLastSample() {
        IntervalRecorder recorder = new IntervalRecorder(1000, 3);
        recorder.recordValueWithCount(10, 2);
        Histogram first = recorder.sampleInterval();
        assertEquals(2, first.getTotalCount());
        assertEquals(10, first.getMaxValue());
        recorder.recordValueWithCount(500, 1);
        Histogram second = recorder.sampleInterval();
        assertEquals(1, second.getTotalCount());
        assertEquals(500, second.getMaxValue(), 500 / 1000.0 + 1);
        assertEquals(0, recorder.sampleInterval().getTotalCount());
    }
}
