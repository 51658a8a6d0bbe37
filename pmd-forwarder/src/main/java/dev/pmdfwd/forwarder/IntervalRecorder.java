package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * HdrHistogram's SingleWriterRecorder, minus its one allocation: when the reader's phase flip finds the
 * writer inside a record, SingleWriterRecorder waits with {@code TimeUnit.NANOSECONDS.sleep(500_000)},
 * and on JDK 25 every Thread.sleep allocates 40 bytes (ControlLoopAllocationTest caught it at the
 * residence recorder, which the worker writes several million times a second). This one yields instead:
 * the writer's critical section is a single histogram increment.
 * <p>
 * One writer thread, one reader thread; neither allocates.
 */
final class IntervalRecorder {
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    private volatile Histogram active;
    private Histogram inactive;

    IntervalRecorder(long highestTrackable, int significantDigits) {
        active = new Histogram(highestTrackable, significantDigits);
        inactive = new Histogram(highestTrackable, significantDigits);
    }

    /** Writer side: wait-free, allocation-free; {@code value} must be in the trackable range. */
    void recordValueWithCount(long value, long count) {
        long epoch = phaser.writerCriticalSectionEnter();
        try {
            active.recordValueWithCount(value, count);
        } finally {
            phaser.writerCriticalSectionExit(epoch);
        }
    }

    /**
     * Reader side: what was recorded since the last call. The histogram returned is valid until the
     * next call, which resets and reuses it.
     */
    Histogram sampleInterval() {
        phaser.readerLock();
        try {
            Histogram sampled = active;
            inactive.reset();
            active = inactive;
            inactive = sampled;
            phaser.flipPhase(0); // 0: Thread.yield while the writer finishes, never sleep
            return sampled;
        } finally {
            phaser.readerUnlock();
        }
    }
}
