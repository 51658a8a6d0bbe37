package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.EthStats;
import dev.pmdfwd.report.HtmlReport;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The final report: a table on stdout, and in a report directory {@code summary.json} plus one
 * HdrHistogram percentile file ({@code .hgrm}) per stream and histogram, which HdrHistogram's plotter
 * and the project's own report read.
 */
public final class Report {
    private final RunResult result;
    private final List<String> ealArgs;

    public Report(RunResult result, List<String> ealArgs) {
        this.result = result;
        this.ealArgs = List.copyOf(ealArgs);
    }

    /** Per port: what its streams received and sent, and what they dropped for it, by reason. */
    record PortTotals(long rx, long tx, Map<DropReason, Long> dropped) {
        long droppedTotal() {
            return dropped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    Map<Integer, PortTotals> portTotals() {
        Map<Integer, long[]> sums = new LinkedHashMap<>();
        Map<Integer, Map<DropReason, Long>> drops = new LinkedHashMap<>();
        for (PortSetup.Port port : result.ports()) {
            sums.put(port.id(), new long[2]);
            Map<DropReason, Long> zero = new LinkedHashMap<>();
            for (DropReason r : DropReason.values()) {
                zero.put(r, 0L);
            }
            drops.put(port.id(), zero);
        }
        for (FinishedStream s : result.streams()) {
            sums.get(s.id().rxPort())[0] += s.counters().rx();
            sums.get(s.id().txPort())[1] += s.counters().tx();
            for (DropReason r : DropReason.values()) {
                drops.get(s.id().txPort()).merge(r, s.counters().dropped(r), Long::sum);
            }
        }
        Map<Integer, PortTotals> totals = new LinkedHashMap<>();
        sums.forEach((port, rt) -> totals.put(port, new PortTotals(rt[0], rt[1], drops.get(port))));
        return totals;
    }

    public void print(PrintStream out) {
        double seconds = Math.max(result.elapsedSeconds(), 1e-9);
        out.printf(Locale.ROOT, "%n=== pmd-forwarder: %.3f s, stopped by %s ===%n", result.elapsedSeconds(), result.stopReason());
        out.printf(Locale.ROOT, "%-5s %-18s %14s %14s %12s %10s %10s %10s %12s%n",
                "port", "name", "rx", "tx", "dropped", "imissed", "rx_nombuf", "oerrors", "rx Mpps");
        portTotals().forEach((port, t) -> {
            EthStats s = result.portStats().get(port);
            String name = result.ports().stream().filter(p -> p.id() == port).findFirst().map(PortSetup.Port::name).orElse("?");
            out.printf(Locale.ROOT, "%-5d %-18s %14d %14d %12d %10d %10d %10d %12.3f%n", port, name, t.rx(), t.tx(),
                    t.droppedTotal(), s.imissed(), s.rxNombuf(), s.oerrors(), t.rx() / seconds / 1e6);
        });
        out.printf(Locale.ROOT, "%n%-40s %12s %12s %10s %10s %10s %10s %12s%n", "stream", "rx", "tx", "tx_full",
                "shutdown", "shortfalls", "retries", "p99.99 ns");
        for (FinishedStream s : result.streams()) {
            StreamCounters.Snapshot c = s.counters();
            Histogram residence = s.histograms().total(StreamHistograms.Kind.RESIDENCE);
            out.printf(Locale.ROOT, "%-40s %12d %12d %10d %10d %10d %10d %12d%n", s.id().index() + ": " + s.id(),
                    c.rx(), c.tx(), c.dropped(DropReason.TX_FULL), c.dropped(DropReason.SHUTDOWN), c.shortfalls(),
                    c.retries(), residence.getTotalCount() == 0 ? 0 : residence.getValueAtPercentile(99.99));
        }
        List<String> violations = result.conservationViolations();
        out.println();
        if (violations.isEmpty()) {
            out.println("conservation: OK (every received packet was transmitted or counted as dropped)");
        } else {
            violations.forEach(v -> out.println("conservation: VIOLATED " + v));
        }
        out.printf(Locale.ROOT, "mbufs: %d in the pool, %d still in use after the ports closed%n",
                result.mbufs(), result.mbufsInUseAtEnd());
        result.warnings().forEach(w -> out.println("warning: " + w));
    }

    /** Writes summary.json, the .hgrm files and report.html into {@code dir} (created if needed). */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), Json.write(summary()));
        for (FinishedStream s : result.streams()) {
            for (StreamHistograms.Kind kind : StreamHistograms.Kind.values()) {
                Histogram h = s.histograms().total(kind);
                try (PrintStream file = new PrintStream(Files.newOutputStream(dir.resolve(hgrmName(s, kind))), false, "UTF-8")) {
                    h.outputPercentileDistribution(file, 1.0);
                }
            }
        }
        HtmlReport.writeFor(dir);
    }

    static String hgrmName(FinishedStream s, StreamHistograms.Kind kind) {
        return "stream" + s.id().index() + "-p" + s.id().rxPort() + "q" + s.id().rxQueue() + "-to-p"
                + s.id().txPort() + "q" + s.id().txQueue() + "." + kind.fileName() + ".hgrm";
    }

    Map<String, Object> summary() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("elapsed_seconds", result.elapsedSeconds());
        root.put("stop_reason", result.stopReason());
        root.put("eal_args", ealArgs);
        ForwarderConfig c = result.config();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("burst", c.burst());
        config.put("rxq", c.ports().rxQueues());
        config.put("rx_desc", c.ports().rxDesc());
        config.put("tx_desc", c.ports().txDesc());
        config.put("mbufs", c.mbufs());
        config.put("max_pkt_len", c.ports().maxPktLen());
        config.put("tx_policy", c.txPolicy().policy().optionValue());
        config.put("tx_retry", c.txPolicy().retries());
        config.put("tx_retry_delay_us", c.txPolicy().delayNanos() / 1000.0);
        config.put("idle", c.idle().name().toLowerCase(Locale.ROOT));
        root.put("config", config);
        List<Object> ports = new ArrayList<>();
        Map<Integer, PortTotals> totals = portTotals();
        for (PortSetup.Port p : result.ports()) {
            PortTotals t = totals.get(p.id());
            EthStats s = result.portStats().get(p.id());
            Map<String, Object> port = new LinkedHashMap<>();
            port.put("port", p.id());
            port.put("name", p.name());
            port.put("driver", p.driver());
            port.put("rx_queues", p.rxQueues());
            port.put("tx_queues", p.txQueues());
            port.put("rx_packets", t.rx());
            port.put("tx_packets", t.tx());
            Map<String, Object> reasons = new LinkedHashMap<>();
            t.dropped().forEach((r, n) -> reasons.put(r.key(), n));
            Map<String, Object> dropped = new LinkedHashMap<>();
            dropped.put("total", t.droppedTotal());
            dropped.put("reasons", reasons);
            port.put("dropped_packets", dropped);
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("ipackets", s.ipackets());
            stats.put("opackets", s.opackets());
            stats.put("imissed", s.imissed());
            stats.put("ierrors", s.ierrors());
            stats.put("oerrors", s.oerrors());
            stats.put("rx_nombuf", s.rxNombuf());
            port.put("port_stats", stats);
            port.put("link_changes", result.linkChanges().getOrDefault(p.id(), 0L));
            ports.add(port);
        }
        root.put("ports", ports);
        List<Object> streams = new ArrayList<>();
        for (FinishedStream s : result.streams()) {
            StreamCounters.Snapshot sc = s.counters();
            Map<String, Object> stream = new LinkedHashMap<>();
            stream.put("stream", s.id().index());
            stream.put("rx_port", s.id().rxPort());
            stream.put("rx_queue", s.id().rxQueue());
            stream.put("tx_port", s.id().txPort());
            stream.put("tx_queue", s.id().txQueue());
            stream.put("rx_packets", sc.rx());
            stream.put("tx_packets", sc.tx());
            Map<String, Object> reasons = new LinkedHashMap<>();
            for (DropReason r : DropReason.values()) {
                reasons.put(r.key(), sc.dropped(r));
            }
            stream.put("dropped_packets", reasons);
            stream.put("tx_shortfalls", sc.shortfalls());
            stream.put("tx_retries", sc.retries());
            Map<String, Object> histograms = new LinkedHashMap<>();
            for (StreamHistograms.Kind kind : StreamHistograms.Kind.values()) {
                Histogram h = s.histograms().total(kind);
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("file", hgrmName(s, kind));
                summary.put("unit", kind.unit());
                summary.put("count", h.getTotalCount());
                if (h.getTotalCount() > 0) {
                    summary.put("p50", h.getValueAtPercentile(50));
                    summary.put("p99", h.getValueAtPercentile(99));
                    summary.put("p99_99", h.getValueAtPercentile(99.99));
                    summary.put("max", h.getMaxValue());
                }
                histograms.put(kind.fileName(), summary);
            }
            stream.put("histograms", histograms);
            streams.add(stream);
        }
        root.put("streams", streams);
        List<String> violations = result.conservationViolations();
        Map<String, Object> conservation = new LinkedHashMap<>();
        conservation.put("holds", violations.isEmpty());
        conservation.put("violations", violations);
        root.put("conservation", conservation);
        root.put("mbufs", result.mbufs());
        root.put("mbufs_in_use_at_end", result.mbufsInUseAtEnd());
        root.put("warnings", result.warnings());
        return root;
    }
}
