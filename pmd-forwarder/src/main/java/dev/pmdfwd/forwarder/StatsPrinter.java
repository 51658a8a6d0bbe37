package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * --stats-period: one compact line per period on the control thread, with rx/tx rates per port, drops
 * by reason, retries and the burst residence percentiles so far.
 */
final class StatsPrinter implements ControlListener {
    private final long periodNanos;
    private final PrintStream out;
    private final Map<Integer, long[]> lastByPort = new TreeMap<>();
    private long next;
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
        Map<Integer, long[]> byPort = new TreeMap<>(); // port -> {rx, tx}
        long txFull = 0;
        long shutdown = 0;
        long retries = 0;
        Histogram residence = null;
        for (Stream s : running.streams()) {
            StreamCounters c = s.counters();
            byPort.computeIfAbsent(s.id().rxPort(), p -> new long[2])[0] += c.rx();
            byPort.computeIfAbsent(s.id().txPort(), p -> new long[2])[1] += c.tx();
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
        StringBuilder rates = new StringBuilder();
        byPort.forEach((port, now) -> {
            long[] before = lastByPort.getOrDefault(port, new long[2]);
            rates.append(String.format(Locale.ROOT, "p%d rx %.3f tx %.3f | ", port,
                    (now[0] - before[0]) / seconds / 1e6, (now[1] - before[1]) / seconds / 1e6));
        });
        out.printf(Locale.ROOT, "[%7.1f s] Mpps %sdropped tx_full %d shutdown %d | retries %d"
                        + " | residence ns p50 %d p99 %d p99.99 %d%n",
                elapsedNanos / 1e9, rates, txFull, shutdown, retries,
                pct(residence, 50), pct(residence, 99), pct(residence, 99.99));
        lastByPort.clear();
        lastByPort.putAll(byPort);
        lastAt = elapsedNanos;
    }

    private static long pct(Histogram h, double p) {
        return h == null || h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p);
    }
}
