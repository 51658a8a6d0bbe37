package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * --stats-period: one compact line per period on the control thread, with rx/tx rates, drops by
 * reason, retries and the burst residence percentiles so far.
 */
final class StatsPrinter implements ControlListener {
    private final long periodNanos;
    private final PrintStream out;
    private long next;
    private long lastRx;
    private long lastTx;
    private long lastAt;

    StatsPrinter(Duration period, PrintStream out) {
        this.periodNanos = period.toNanos();
        this.out = out;
        this.next = periodNanos;
    }

    @Override
    public void tick(Forwarder running, long elapsedNanos) {
        if (periodNanos <= 0 || elapsedNanos < next) {
            return;
        }
        next += periodNanos;
        long rx = 0;
        long tx = 0;
        long txFull = 0;
        long shutdown = 0;
        long retries = 0;
        Histogram residence = null;
        for (Stream s : running.streams()) {
            StreamCounters c = s.counters();
            rx += c.rx();
            tx += c.tx();
            txFull += c.dropped(DropReason.TX_FULL);
            shutdown += c.dropped(DropReason.SHUTDOWN);
            retries += c.retries();
            Histogram h = s.histograms().total(StreamHistograms.Kind.RESIDENCE);
            if (residence == null) {
                residence = h;
            } else {
                residence.add(h);
            }
        }
        double seconds = (elapsedNanos - lastAt) / 1e9;
        out.printf(Locale.ROOT, "[%7.1f s] rx %.3f Mpps tx %.3f Mpps | dropped tx_full %d shutdown %d | retries %d"
                        + " | residence ns p50 %d p99 %d p99.99 %d%n",
                elapsedNanos / 1e9, (rx - lastRx) / seconds / 1e6, (tx - lastTx) / seconds / 1e6, txFull, shutdown,
                retries, pct(residence, 50), pct(residence, 99), pct(residence, 99.99));
        lastRx = rx;
        lastTx = tx;
        lastAt = elapsedNanos;
    }

    private static long pct(Histogram h, double p) {
        return h == null || h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p);
    }
}
