package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;

/**
 * Runs the control thread's once-a-second work (harvest, percentiles, interval-log encoding) on
 * scratch histograms until the JIT has compiled it, before any port starts.
 * <p>
 * Why: HotSpot compiles a method once it has run often enough. Work done once a second gets there
 * only after tens of seconds, one method at a time, and each compile takes C1 and C2 several ms of
 * the main lcore's core. Measured on the bench's latency setup: a compile of HdrHistogram's
 * {@code add} or {@code Arrays.fill} every second through the whole run, each one a 4-8 ms stall of
 * the generator sharing that core. In a switch VM that core serves whatever else the VM runs.
 * <p>
 * The scratch histograms are of the real classes and sizes, so the code compiled is the code the
 * harvest runs; their values are like the real ones (empty intervals, a few sizes, residence in
 * the 100 ns to 100 us range), so the profile does not send the real run into an uncommon trap.
 */
final class ControlWarmup {
    /**
     * Harvests to run. Each calls {@code Histogram.add}, {@code reset}, the percentile walk and the
     * encoder a few times. With -XX:+PrintCompilation, 1000 left three HdrHistogram methods to compile
     * in the 30 harvests after it, 2000 none; either took about 0.35 s on one core of these VMs, most
     * of it before the code is compiled.
     */
    static final int HARVESTS = 2000;

    /**
     * {@code -Dpmdfwd.warmup=off} skips it, only to show what it buys (ControlWarmupTest, the bench):
     * a static final, so the test folds away.
     */
    static final boolean ENABLED = !"off".equals(System.getProperty("pmdfwd.warmup"));

    private ControlWarmup() {
    }

    /** Warms the harvest for streams of {@code burst} and {@code maxRetries}; returns a checksum so the work cannot be elided. */
    static long run(int burst, int maxRetries) {
        return ENABLED ? run(burst, maxRetries, HARVESTS) : 0;
    }

    static long run(int burst, int maxRetries, int harvests) {
        StreamHistograms histograms = new StreamHistograms(burst, maxRetries);
        Histogram residence = StreamHistograms.newResidenceHistogram();
        HistogramLogLine encoder = new HistogramLogLine(residence);
        AsciiLine line = new AsciiLine(256);
        StreamHistograms.Kind[] kinds = StreamHistograms.Kind.values();
        long sum = 0;
        try {
            for (int h = 0; h < harvests; h++) {
                // a burst's worth of the worker's records, different every time; every other interval empty
                if ((h & 1) == 0) {
                    for (int i = 0; i < 64; i++) {
                        int n = 1 + (h + i) % burst;
                        histograms.recordBurst(n);
                        histograms.recordResidence(100 + (long) (h * 131 + i * 977) % 100_000);
                    }
                    if ((h & 7) == 0) {
                        histograms.record(StreamHistograms.Kind.TX_SHORTFALL, 1 + h % burst);
                        histograms.record(StreamHistograms.Kind.TX_RETRIES, h % (maxRetries + 1));
                    }
                }
                histograms.harvest();
                residence.reset();
                histograms.addTotalTo(StreamHistograms.Kind.RESIDENCE, residence);
                if (residence.getTotalCount() > 0) {
                    sum += residence.getValueAtPercentile(50) + residence.getValueAtPercentile(99)
                            + residence.getValueAtPercentile(99.99);
                }
                for (StreamHistograms.Kind kind : kinds) {
                    Histogram interval = histograms.lastInterval(kind);
                    if (interval != null) {
                        sum += encoder.encode(interval, "warmup", h, 1000).length();
                    }
                }
                sum += line.clear().append("[").appendFixed(h, 1, 7).append(" s] ").append(sum).length();
            }
        } finally {
            encoder.close();
        }
        return sum;
    }
}
