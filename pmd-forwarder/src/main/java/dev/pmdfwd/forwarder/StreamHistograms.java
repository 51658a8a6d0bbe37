package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * The four per-stream distributions. The worker records into SingleWriterRecorders (wait-free, no
 * allocation); the control thread swaps their interval histograms out and adds them to totals, the
 * recorder interval pattern. Values are clamped to the trackable range, because HdrHistogram throws
 * on a value above it.
 */
public final class StreamHistograms {
    /** Residence times above 10 s are clamped. */
    static final long MAX_RESIDENCE_NS = 10_000_000_000L;

    public enum Kind {
        RX_BURST("rx_burst_size", "packets"),
        TX_SHORTFALL("tx_shortfall_size", "packets"),
        TX_RETRIES("tx_retries_per_burst", "retries"),
        RESIDENCE("burst_residence_ns", "ns");

        private final String fileName;
        private final String unit;

        Kind(String fileName, String unit) {
            this.fileName = fileName;
            this.unit = unit;
        }

        public String fileName() {
            return fileName;
        }

        public String unit() {
            return unit;
        }
    }

    private final SingleWriterRecorder[] recorders = new SingleWriterRecorder[Kind.values().length];
    private final long[] highest = new long[Kind.values().length];
    private final Histogram[] totals = new Histogram[Kind.values().length];
    private final Histogram[] recycled = new Histogram[Kind.values().length];

    StreamHistograms(int burst, int maxRetries) {
        define(Kind.RX_BURST, burst, 3);
        define(Kind.TX_SHORTFALL, burst, 3);
        define(Kind.TX_RETRIES, Math.max(maxRetries, 1), 3);
        define(Kind.RESIDENCE, MAX_RESIDENCE_NS, 3);
    }

    private void define(Kind kind, long max, int digits) {
        long trackable = Math.max(max, 2);
        highest[kind.ordinal()] = trackable;
        recorders[kind.ordinal()] = new SingleWriterRecorder(trackable, digits);
        totals[kind.ordinal()] = new Histogram(trackable, digits);
    }

    /** Worker side: allocation-free, lock-free. */
    void record(Kind kind, long value) {
        int k = kind.ordinal();
        recorders[k].recordValue(Math.min(Math.max(value, 0), highest[k]));
    }

    /** Control side: moves what the worker recorded since the last harvest into the totals. */
    synchronized void harvest() {
        for (int k = 0; k < recorders.length; k++) {
            Histogram interval = recorders[k].getIntervalHistogram(recycled[k]);
            totals[k].add(interval);
            recycled[k] = interval;
        }
    }

    /** A copy of the totals so far (call {@link #harvest} first for the latest). */
    public synchronized Histogram total(Kind kind) {
        return totals[kind.ordinal()].copy();
    }
}
