package dev.pmdfwd.report;

import org.HdrHistogram.Histogram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a report directory the way the forwarder does: a summary.json and, per stream and kind, the
 * .hgrm file of an HdrHistogram filled with known values, through HdrHistogram's own writer. The
 * histograms are kept so that tests can compare what was read with what was recorded.
 */
final class ReportFixture {
    static final String[] KINDS = {"rx_burst_size", "tx_shortfall_size", "tx_retries_per_burst", "burst_residence_ns"};

    final Path dir;
    /** The recorded histograms by .hgrm file name. */
    final Map<String, Histogram> histograms = new LinkedHashMap<>();
    boolean conservationHolds = true;
    boolean shortfalls = true;
    boolean listHistograms = true;
    List<String> warnings = List.of("tx ring of port 1 was full 12 times");

    ReportFixture(Path dir) {
        this.dir = dir;
    }

    ReportFixture withoutShortfalls() {
        shortfalls = false;
        return this;
    }

    /** A summary whose streams have no "histograms" key, as a forwarder without histograms might write. */
    ReportFixture withoutHistogramList() {
        listHistograms = false;
        return this;
    }

    ReportFixture violatingConservation() {
        conservationHolds = false;
        return this;
    }

    ReportFixture withWarnings(String... w) {
        warnings = List.of(w);
        return this;
    }

    static String hgrmName(int stream, String kind) {
        int rx = stream;
        int tx = 1 - stream;
        return "stream" + stream + "-p" + rx + "q0-to-p" + tx + "q0." + kind + ".hgrm";
    }

    /** Writes the directory; two streams, p0q0 -> p1q0 and p1q0 -> p0q0. */
    ReportFixture write() throws IOException {
        Files.createDirectories(dir);
        List<String> streams = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            Random random = new Random(42 + s);
            StringBuilder hist = new StringBuilder();
            for (String kind : KINDS) {
                Histogram h = histogram(kind, s, random);
                String file = hgrmName(s, kind);
                histograms.put(file, h);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                    h.outputPercentileDistribution(ps, 1.0);
                }
                Files.write(dir.resolve(file), bytes.toByteArray());
                if (!hist.isEmpty()) {
                    hist.append(",\n");
                }
                String unit = kind.equals("burst_residence_ns") ? "ns" : kind.equals("tx_retries_per_burst") ? "retries" : "packets";
                hist.append(String.format(Locale.ROOT, "        \"%s\": {\"file\": \"%s\", \"unit\": \"%s\", \"count\": %d", kind,
                        file, unit, h.getTotalCount()));
                if (h.getTotalCount() > 0) {
                    hist.append(String.format(Locale.ROOT, ", \"p50\": %d, \"p99\": %d, \"p99_99\": %d, \"max\": %d",
                            h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.99),
                            h.getMaxValue()));
                }
                hist.append(", \"future_stat\": {\"ignored\": true}}");
            }
            streams.add(String.format(Locale.ROOT, """
                        {
                          "stream": %d, "rx_port": %d, "rx_queue": 0, "tx_port": %d, "tx_queue": 0,
                          "rx_packets": %d, "tx_packets": %d,
                          "dropped_packets": {"tx_full": %d, "shutdown": %d, "link_down": 0},
                          "tx_shortfalls": %d, "tx_retries": %d%s
                        }""", s, s, 1 - s, 1_000_000L + s, 999_000L + s, 900L * s, 100L, shortfalls ? 1234 + s : 0,
                    shortfalls ? 5678 + s : 0, listHistograms ? ",\n      \"histograms\": {\n" + hist + "\n      }" : ""));
        }
        String summary = String.format(Locale.ROOT, """
                {
                  "elapsed_seconds": 2.5,
                  "stop_reason": "duration 2 s elapsed",
                  "eal_args": ["-l", "0-1", "--in-memory", "--no-pci", "--vdev", "net_null0", "--vdev", "net_null1"],
                  "config": {"burst": 32, "rxq": 1, "rx_desc": 1024, "tx_desc": 1024, "mbufs": 8191, "max_pkt_len": 1518,
                             "tx_policy": "retry", "tx_retry": 8, "tx_retry_delay_us": 1.000000, "idle": "busy"},
                  "ports": [%s, %s],
                  "streams": [
                %s
                  ],
                  "conservation": {"holds": %s, "violations": [%s]},
                  "mbufs": 8191,
                  "mbufs_in_use_at_end": 0,
                  "warnings": [%s],
                  "a_later_key": {"nested": [1, 2, 3]}
                }
                """, port(0), port(1), String.join(",\n", streams), conservationHolds,
                conservationHolds ? "" : "\"port 1: rx 1000001 != tx 999001 + dropped 100 + 900\"",
                String.join(", ", warnings.stream().map(w -> "\"" + w.replace("\"", "\\\"") + "\"").toList()));
        Files.writeString(dir.resolve(ReportDirectory.SUMMARY_FILE), summary);
        return this;
    }

    private static String port(int p) {
        return String.format(Locale.ROOT, """
                {"port": %d, "name": "net_null%d", "driver": "net_null", "rx_packets": %d, "tx_packets": %d,
                     "dropped_packets": {"total": %d, "reasons": {"tx_full": %d, "shutdown": 100, "link_down": 0}},
                     "port_stats": {"ipackets": 1, "opackets": 2, "imissed": %d, "ierrors": 0, "oerrors": 0, "rx_nombuf": 0}}""",
                p, p, 1_000_000L + p, 999_000L + 1 - p, 100 + 900 * (1 - p), 900 * (1 - p), 7 * p);
    }

    /** Known values: residence mostly 180-300 ns with a tail to tens of µs; bursts mostly full. */
    private Histogram histogram(String kind, int stream, Random random) {
        Histogram h = new Histogram(10_000_000_000L, 3);
        switch (kind) {
            case "burst_residence_ns" -> {
                for (int i = 0; i < 200_000; i++) {
                    h.recordValue(180 + random.nextInt(120));
                }
                for (int i = 0; i < 2_000; i++) {
                    h.recordValue(300 + random.nextInt(5_000));
                }
                for (int i = 0; i < 40; i++) {
                    h.recordValue(10_000 + random.nextInt(60_000 * (stream + 1)));
                }
            }
            case "rx_burst_size" -> {
                for (int i = 0; i < 50_000; i++) {
                    int r = random.nextInt(100);
                    h.recordValue(r < 80 ? 32 : 1 + random.nextInt(31));
                }
            }
            case "tx_shortfall_size" -> {
                if (shortfalls) {
                    for (int i = 0; i < 1_234 + stream; i++) {
                        h.recordValue(1 + random.nextInt(random.nextBoolean() ? 4 : 32));
                    }
                }
            }
            case "tx_retries_per_burst" -> {
                if (shortfalls) {
                    for (int i = 0; i < 700; i++) {
                        h.recordValue(1 + Math.min(7, (int) Math.abs(random.nextGaussian() * 2)));
                    }
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return h;
    }
}
