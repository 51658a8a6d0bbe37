package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;

/**
 * Runs the control thread's once-a-second work (harvest, percentiles, interval-log encoding) on
 * scratch histograms until the JIT has compiled it, before EAL probes any port.
 * <p>
 * Why: HotSpot compiles a method once it has run often enough. Work done once a second gets there
 * only after tens of seconds, one method at a time, and each compile takes C1 and C2 several ms of
 * the main lcore's core. Measured on the bench's latency setup: a compile of HdrHistogram's
 * {@code add} or {@code Arrays.fill} every second through the whole run, each one a 4-8 ms stall of
 * the generator sharing that core. In a switch VM that core serves whatever else the VM runs.
 * <p>
 * The scratch histograms are of the real classes and sizes, so the code compiled is the code the
 * harvest runs; their values are like the real ones (empty intervals, every burst size, residence
 * over the whole range), so the profile does not send the real run into an uncommon trap.
 */
final class ControlWarmup {
    /**
     * Harvests to run. Each calls {@code Histogram.add}, {@code reset}, the percentile walk and the
     * encoder a few times. With -XX:+PrintCompilation, 1000 left three HdrHistogram methods to compile
     * in the 30 harvests after it, 2000 none. 2000 take 0.35-0.6 s on one core of these VMs, most of it
     * before the code is compiled.
     */
    private static final int HARVESTS = 2000;

    /**
     * {@code -Dpmdfwd.warmup=off} skips it, only to show what it buys (ControlWarmupTest, the bench):
     * a static final, so the test folds away.
     */
    static final boolean ENABLED = !"off".equals(System.getProperty("pmdfwd.warmup"));

    private static final StreamHistograms.Kind[] KINDS = StreamHistograms.Kind.values();
    private static volatile boolean warmed;

    private ControlWarmup() {
    }

    /**
     * Warms the harvest for streams of {@code burst} and {@code maxRetries}, once per JVM. Main calls
     * it before EAL init: a vhost-user peer sees the link up when EAL probes the port, and should
     * not wait on this; {@link Forwarder} calls it again for embedders, and then it returns at once.
     */
    static void ensureWarm(int burst, int maxRetries) {
        if (ENABLED && !warmed) {
            run(burst, maxRetries);
            warmed = true;
        }
    }

    /**
     * Residence values over the whole range, as a real run sees them: mostly 100 ns to 100 us, now and
     * then up to the 10 s clamp. Large and sparse values make the encoder write long zero runs and
     * wide varints; with only small ones its compiled code trapped on the first real interval
     * (-Xlog:deoptimization: ZigZagEncoding.putLong, unstable_if).
     */
    private static long residenceNanos(int h, int i) {
        long spread = (h * 131L + i * 977L) % 100_000;
        return switch ((h + i) % 16) {
            case 0 -> 1 + spread * spread % StreamHistograms.MAX_RESIDENCE_NS;
            case 1 -> 100_000 + spread * 97;
            default -> 100 + spread;
        };
    }

    /**
     * The driver loop runs too few times for an OSR compile, and {@link #harvestOnce} too few for a
     * C2 one: C2 then compiles the methods the real harvest calls (StreamHistograms.harvest, encode,
     * HdrHistogram's add and percentile walk) one by one, as the real run uses them. A C2 compile of
     * one loop with all of them inlined took C2 1.5 s and held back the worker's own compile.
     */
    private static void run(int burst, int maxRetries) {
        StreamHistograms histograms = new StreamHistograms(burst, maxRetries);
        Histogram residence = StreamHistograms.newResidenceHistogram();
        HistogramLogLine encoder = new HistogramLogLine(residence);
        AsciiLine line = new AsciiLine(256);
        try {
            for (int h = 0; h < HARVESTS; h++) {
                // One interval in three is empty: not one in two, which would put every record in the
                // same phase of the recorders' phaser and leave C2 a branch that traps in the real run.
                if (h % 3 != 0) {
                    record(histograms, burst, maxRetries, h);
                }
                harvestOnce(histograms, residence, encoder, line, h);
            }
        } finally {
            encoder.close();
        }
    }

    /** A burst's worth of the worker's records, different every time. */
    private static void record(StreamHistograms histograms, int burst, int maxRetries, int h) {
        for (int i = 0; i < 64; i++) {
            histograms.recordBurst(1 + (h + i) % burst);
            histograms.recordResidence(residenceNanos(h, i));
        }
        if (h % 50 == 1) { // a busy interval: counts that need wide varints too
            for (int i = 0; i < 4096; i++) {
                histograms.recordResidence(400);
            }
        }
        if (h % 5 == 0) {
            histograms.record(StreamHistograms.Kind.TX_SHORTFALL, 1 + h % burst);
            histograms.record(StreamHistograms.Kind.TX_RETRIES, h % (maxRetries + 1));
        }
    }

    /** What the control thread does with each harvest: StatsPrinter's percentiles, IntervalLog's lines. */
    private static void harvestOnce(StreamHistograms histograms, Histogram residence, HistogramLogLine encoder,
                                    AsciiLine line, int h) {
        histograms.harvest();
        residence.reset();
        histograms.addTotalTo(StreamHistograms.Kind.RESIDENCE, residence);
        line.clear().append("[").appendFixed(h, 1, 7).append(" s] residence ns p50 ");
        if (residence.getTotalCount() > 0) {
            line.append(residence.getValueAtPercentile(50)).append(" p99 ").append(residence.getValueAtPercentile(99))
                    .append(" p99.99 ").append(residence.getValueAtPercentile(99.99));
        }
        for (StreamHistograms.Kind kind : KINDS) {
            Histogram interval = histograms.lastInterval(kind);
            if (interval != null) {
                encoder.encode(interval, "warmup", h, 1000);
            }
        }
    }
}
