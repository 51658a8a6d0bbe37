package dev.pmdfwd.forwarder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code --metrics-port}: the counters and the residence percentiles in Prometheus' text exposition
 * format at {@code /metrics}, served by the JDK's HTTP server on one thread, bound to 127.0.0.1 unless
 * told otherwise. Requests are answered under a read lock that {@link #loopsStopped} takes for writing
 * after stopping the server: no request reads the counters once their file is unmapped.
 */
final class MetricsServer implements ControlListener {
    private static final double[] QUANTILES = {0.5, 0.9, 0.99, 0.999, 0.9999};

    private final HttpServer server;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Forwarder forwarder;
    private boolean stopped;

    MetricsServer(String address, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/metrics", this::serve);
        server.setExecutor(null); // the server's own single thread
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public long tickNanos() {
        return HARVESTS_ONLY;
    }

    @Override
    public void tick(Forwarder running, long elapsedNanos) {
        forwarder = running;
    }

    @Override
    public void loopsStopped(Forwarder stopped) {
        server.stop(1);
        lock.writeLock().lock();
        try {
            this.stopped = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body;
        int status;
        lock.readLock().lock();
        try {
            Forwarder f = forwarder;
            if (stopped || f == null) {
                status = 503;
                body = "# not forwarding\n".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                body = exposition(f).getBytes(StandardCharsets.UTF_8);
            }
        } finally {
            lock.readLock().unlock();
        }
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String exposition(Forwarder f) {
        StringBuilder m = new StringBuilder();
        counterHelp(m, "pmdfwd_stream_rx_packets_total", "Packets received by the stream.");
        for (Stream s : f.streams()) {
            sample(m, "pmdfwd_stream_rx_packets_total", labels(s), s.counters().rx());
        }
        counterHelp(m, "pmdfwd_stream_tx_packets_total", "Packets the stream's tx queue took.");
        for (Stream s : f.streams()) {
            sample(m, "pmdfwd_stream_tx_packets_total", labels(s), s.counters().tx());
        }
        counterHelp(m, "pmdfwd_stream_dropped_packets_total", "Packets received and not transmitted, by reason.");
        for (Stream s : f.streams()) {
            for (DropReason r : DropReason.values()) {
                sample(m, "pmdfwd_stream_dropped_packets_total", labels(s) + ",reason=\"" + r.key() + "\"", s.counters().dropped(r));
            }
        }
        counterHelp(m, "pmdfwd_stream_tx_shortfalls_total", "Tx bursts that took fewer packets than offered.");
        for (Stream s : f.streams()) {
            sample(m, "pmdfwd_stream_tx_shortfalls_total", labels(s), s.counters().shortfalls());
        }
        counterHelp(m, "pmdfwd_stream_tx_retries_total", "Tx retries of shortfalls.");
        for (Stream s : f.streams()) {
            sample(m, "pmdfwd_stream_tx_retries_total", labels(s), s.counters().retries());
        }
        m.append("# HELP pmdfwd_port_stat The port's own counters (rte_eth_stats), copied each second.\n");
        m.append("# TYPE pmdfwd_port_stat counter\n");
        for (PortCounters p : f.portCounters()) {
            p.forEach((name, value) -> sample(m, "pmdfwd_port_stat", "port=\"" + p.port() + "\",stat=\"" + name + "\"", value));
        }
        m.append("# HELP pmdfwd_burst_residence_ns Time from rx burst return to the last packet handed to tx.\n");
        m.append("# TYPE pmdfwd_burst_residence_ns summary\n");
        for (Stream s : f.streams()) {
            Histogram h = s.histograms().total(StreamHistograms.Kind.RESIDENCE);
            for (double q : QUANTILES) {
                sample(m, "pmdfwd_burst_residence_ns", labels(s) + ",quantile=\"" + q + "\"",
                        h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(q * 100));
            }
            sample(m, "pmdfwd_burst_residence_ns_count", labels(s), h.getTotalCount());
        }
        return m.toString();
    }

    private static void counterHelp(StringBuilder m, String name, String help) {
        m.append("# HELP ").append(name).append(' ').append(help).append('\n');
        m.append("# TYPE ").append(name).append(" counter\n");
    }

    private static String labels(Stream s) {
        StreamId id = s.id();
        return String.format(Locale.ROOT, "stream=\"%d\",rx_port=\"%d\",rx_queue=\"%d\",tx_port=\"%d\",tx_queue=\"%d\"",
                id.index(), id.rxPort(), id.rxQueue(), id.txPort(), id.txQueue());
    }

    private static void sample(StringBuilder m, String name, String labels, long value) {
        m.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    }
}
