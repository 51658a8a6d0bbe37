package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * --stats-period: one compact line per period on the control thread, with rx/tx rates per port, drops
 * by reason, retries and the burst residence percentiles so far:
 * <pre>[    2.0 s] Mpps p0 rx 12.345 tx 12.345 | p1 rx ... | dropped tx_full 0 shutdown 0 | retries 0 | residence ns p50 .. p99 .. p99.99 ..</pre>
 * Allocation-free once running (see {@link AsciiLine}): state is in arrays indexed by port id.
 */
final class StatsPrinter implements ControlListener {
    /** RTE_MAX_ETHPORTS (rte_build_config.h, DPDK 22.11): port ids are below it. */
    private static final int MAX_PORTS = 32;

    private final long periodNanos;
    private final PrintStream out;
    private final AsciiLine line = new AsciiLine(128 + 48 * MAX_PORTS);
    private final long[] rx = new long[MAX_PORTS];
    private final long[] tx = new long[MAX_PORTS];
    private final long[] rxBefore = new long[MAX_PORTS];
    private final long[] txBefore = new long[MAX_PORTS];
    private final boolean[] seen = new boolean[MAX_PORTS];
    private final Histogram residence = StreamHistograms.newResidenceHistogram();
    private long next;
    private long lastAt;

    StatsPrinter(Duration period, PrintStream out) {
        this.periodNanos = period.toNanos();
        this.out = out;
        this.next = periodNanos;
    }

    @Override
    public long tickNanos() {
        return HARVESTS_ONLY;
    }

    @Override
    public void tick(Forwarder running, long elapsedNanos) {
        if (periodNanos <= 0 || elapsedNanos < next) {
            return;
        }
        next += periodNanos;
        java.util.Arrays.fill(rx, 0);
        java.util.Arrays.fill(tx, 0);
        long txFull = 0;
        long shutdown = 0;
        long retries = 0;
        residence.reset();
        List<Stream> streams = running.streams();
        for (int i = 0; i < streams.size(); i++) {
            Stream s = streams.get(i);
            StreamCounters c = s.counters();
            StreamId id = s.id();
            rx[id.rxPort()] += c.rx();
            tx[id.txPort()] += c.tx();
            seen[id.rxPort()] = true;
            seen[id.txPort()] = true;
            txFull += c.dropped(DropReason.TX_FULL);
            shutdown += c.dropped(DropReason.SHUTDOWN);
            retries += c.retries();
            s.histograms().addTotalTo(StreamHistograms.Kind.RESIDENCE, residence);
        }
        double seconds = (elapsedNanos - lastAt) / 1e9;
        line.clear().append('[').appendFixed(Math.round(elapsedNanos / 1e8), 1, 7).append(" s] Mpps ");
        for (int port = 0; port < MAX_PORTS; port++) {
            if (seen[port]) {
                line.append('p').append(port)
                        .append(" rx ").appendFixed(thousandthsOfMpps(rx[port] - rxBefore[port], seconds), 3, 0)
                        .append(" tx ").appendFixed(thousandthsOfMpps(tx[port] - txBefore[port], seconds), 3, 0)
                        .append(" | ");
            }
        }
        line.append("dropped tx_full ").append(txFull).append(" shutdown ").append(shutdown)
                .append(" | retries ").append(retries)
                .append(" | residence ns p50 ").append(pct(residence, 50))
                .append(" p99 ").append(pct(residence, 99))
                .append(" p99.99 ").append(pct(residence, 99.99));
        line.println(out);
        System.arraycopy(rx, 0, rxBefore, 0, MAX_PORTS);
        System.arraycopy(tx, 0, txBefore, 0, MAX_PORTS);
        lastAt = elapsedNanos;
    }

    private static long thousandthsOfMpps(long packets, double seconds) {
        return seconds <= 0 ? 0 : Math.round(packets / seconds / 1e3);
    }

    private static long pct(Histogram h, double p) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p);
    }
}
