package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The four per-stream distributions. The worker records without allocating or locking; the control
 * thread harvests what was recorded since the last harvest into totals (the recorder interval pattern).
 * <ul>
 * <li>rx burst size, recorded on every burst, goes into a plain array of counts per size: one release
 *     store. A recorder costs two atomic increments per value, measurable at 90 Mpps.</li>
 * <li>tx shortfall size and retries, on the rare shortfall path, go into {@link IntervalRecorder}s.</li>
 * <li>residence is timed on one non-empty burst in {@link #RESIDENCE_SAMPLE} and recorded with that
 *     weight: two clock reads per burst cost about 15% of the rate on net_null.</li>
 * </ul>
 * Values are clamped to the trackable range, because HdrHistogram throws on a value above it.
 */
public final class StreamHistograms {
    /** Residence times above 10 s are clamped. */
    static final long MAX_RESIDENCE_NS = 10_000_000_000L;
    /**
     * Residence is kept to 2 significant digits (1% resolution): 3,456 counts from 1 ns to 10 s,
     * where 3 digits take 25,600. The control thread walks each of these arrays several times a
     * harvest (reset, add, percentiles, encode), on the main lcore's core, and at 3 digits that cost
     * about 1 ms a second. The small histograms (sizes, retries) keep 3 digits: they are exact anyway.
     */
    static final int RESIDENCE_DIGITS = 2;
    /**
     * One burst in this many is timed; a power of two. At 8, perf on net_null put the clock reads and
     * the recording at about 2% of the worker's cycles; at 32 a stream at full rate still gets some
     * 20,000 samples a second.
     */
    public static final int RESIDENCE_SAMPLE = 32;
    private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);

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

    private final IntervalRecorder[] recorders = new IntervalRecorder[Kind.values().length];
    private final long[] highest = new long[Kind.values().length];
    private final Histogram[] totals = new Histogram[Kind.values().length];
    /** What the last harvest added, per kind: valid until the next harvest (control thread only). */
    private final Histogram[] lastInterval = new Histogram[Kind.values().length];
    /** Bursts of each size, written by the worker only. */
    private final long[] burstSizes;
    /** What the last harvest saw of {@link #burstSizes}, control thread only. */
    private final long[] burstSizesHarvested;

    StreamHistograms(int burst, int maxRetries) {
        burstSizes = new long[burst + 1];
        burstSizesHarvested = new long[burst + 1];
        define(Kind.RX_BURST, burst, 3);
        define(Kind.TX_SHORTFALL, burst, 3);
        define(Kind.TX_RETRIES, Math.max(maxRetries, 1), 3);
        define(Kind.RESIDENCE, MAX_RESIDENCE_NS, RESIDENCE_DIGITS);
    }

    private void define(Kind kind, long max, int digits) {
        long trackable = Math.max(max, 2);
        highest[kind.ordinal()] = trackable;
        if (kind != Kind.RX_BURST) { // rx burst sizes are counted in burstSizes instead
            recorders[kind.ordinal()] = new IntervalRecorder(trackable, digits);
        }
        totals[kind.ordinal()] = new Histogram(trackable, digits);
    }

    /** An empty histogram shaped like the residence ones: same range and precision, so they add into it. */
    static Histogram newResidenceHistogram() {
        return new Histogram(MAX_RESIDENCE_NS, RESIDENCE_DIGITS);
    }

    /** Worker side: a burst of {@code n} packets arrived (1 <= n <= burst). */
    void recordBurst(int n) {
        COUNT.setRelease(burstSizes, n, burstSizes[n] + 1);
    }

    /** Worker side: a timed burst's residence, standing for {@link #RESIDENCE_SAMPLE} bursts. */
    void recordResidence(long nanos) {
        recorders[Kind.RESIDENCE.ordinal()].recordValueWithCount(Math.min(Math.max(nanos, 0), MAX_RESIDENCE_NS),
                RESIDENCE_SAMPLE);
    }

    /** Worker side, shortfall path: allocation-free, lock-free. */
    void record(Kind kind, long value) {
        int k = kind.ordinal();
        recorders[k].recordValueWithCount(Math.min(Math.max(value, 0), highest[k]), 1);
    }

    /** Control side: moves what the worker recorded since the last harvest into the totals. */
    synchronized void harvest() {
        int b = Kind.RX_BURST.ordinal();
        if (lastInterval[b] == null) {
            lastInterval[b] = new Histogram(highest[b], 3);
        }
        Histogram sizes = lastInterval[b];
        sizes.reset();
        for (int n = 1; n < burstSizes.length; n++) {
            long seen = (long) COUNT.getAcquire(burstSizes, n);
            if (seen > burstSizesHarvested[n]) {
                sizes.recordValueWithCount(n, seen - burstSizesHarvested[n]);
                burstSizesHarvested[n] = seen;
            }
        }
        totals[b].add(sizes);
        for (int k = 0; k < recorders.length; k++) {
            if (k == b) {
                continue;
            }
            Histogram interval = recorders[k].sampleInterval();
            totals[k].add(interval);
            lastInterval[k] = interval;
        }
    }

    /** What the last {@link #harvest} added for {@code kind}; valid until the next one. */
    synchronized Histogram lastInterval(Kind kind) {
        return lastInterval[kind.ordinal()];
    }

    /** Adds the totals so far to {@code target} (allocation-free, unlike {@link #total}). */
    synchronized void addTotalTo(Kind kind, Histogram target) {
        target.add(totals[kind.ordinal()]);
    }

    /** A copy of the totals so far (call {@link #harvest} first for the latest). */
    public synchronized Histogram total(Kind kind) {
        return totals[kind.ordinal()].copy();
    }
}
