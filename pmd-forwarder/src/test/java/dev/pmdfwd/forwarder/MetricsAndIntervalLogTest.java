package dev.pmdfwd.forwarder;

import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --metrics-port serves Prometheus text with counters that rise, on loopback; --report-dir gets an
 * HdrHistogram interval log whose intervals add up to the totals in summary.json.
 */
class MetricsAndIntervalLogTest {
    @TempDir
    Path dir;

    @Test
    void metricsWhileRunningAndAnIntervalLogAfter() throws Exception {
        Process p = ForwarderProcess.start(dir, List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", "net_null0", "--vdev", "net_null1", "--", "--duration", "4", "--metrics-port", "0",
                "--report-dir", "report"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Matcher url;
        while (!(url = Pattern.compile("metrics at (http://127\\.0\\.0\\.1:\\d+/metrics)")
                .matcher(Files.readString(dir.resolve("stderr.txt")))).find()
                || !Files.readString(dir.resolve("stderr.txt")).contains("pmd-forwarder: forwarding")) {
            assertTrue(p.isAlive() && System.nanoTime() < deadline, "no metrics endpoint announced");
            Thread.sleep(50);
        }
        Thread.sleep(1200); // past the first control tick
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create(url.group(1))).build();
        HttpResponse<String> first = http.send(get, HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        HttpResponse<String> second = http.send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        long rx1 = metric(first.body(), "pmdfwd_stream_rx_packets_total\\{stream=\"0\"[^}]*}");
        long rx2 = metric(second.body(), "pmdfwd_stream_rx_packets_total\\{stream=\"0\"[^}]*}");
        assertTrue(rx1 > 0 && rx2 > rx1, "rx did not rise: " + rx1 + " -> " + rx2);
        assertTrue(second.body().contains("pmdfwd_burst_residence_ns{stream=\"1\""), second.body());
        assertTrue(second.body().contains("pmdfwd_port_stat{port=\"0\",stat=\"imissed\"}"), second.body());

        ForwarderProcess.Outcome run = ForwarderProcess.finish(p, dir, 60);
        assertEquals(0, run.exitCode(), run.toString());

        // the interval log's intervals add up to the totals reported in summary.json
        long burstsInLog = 0;
        int intervals = 0;
        HistogramLogReader reader = new HistogramLogReader(dir.resolve("report/histograms.hlog").toFile());
        for (EncodableHistogram h; (h = reader.nextIntervalHistogram()) != null; ) {
            if ("stream0.rx_burst_size".equals(h.getTag())) {
                burstsInLog += ((org.HdrHistogram.Histogram) h).getTotalCount();
                intervals++;
            }
        }
        String summary = Files.readString(dir.resolve("report/summary.json"));
        Matcher count = Pattern.compile("\"rx_burst_size\": \\{\\s+\"file\": \"stream0[^\"]*\",\\s+\"unit\": \"packets\",\\s+\"count\": (\\d+)")
                .matcher(summary);
        assertTrue(count.find(), summary);
        assertTrue(intervals >= 4, "only " + intervals + " intervals logged");
        assertEquals(Long.parseLong(count.group(1)), burstsInLog, "interval log vs summary");

        // the .hgrm percentile files agree with the totals: counts, and the percentiles of the interval log's sum
        dev.pmdfwd.report.ReportDirectory report = dev.pmdfwd.report.ReportDirectory.load(dir.resolve("report"));
        org.HdrHistogram.Histogram residence = null;
        HistogramLogReader again = new HistogramLogReader(dir.resolve("report/histograms.hlog").toFile());
        for (EncodableHistogram h; (h = again.nextIntervalHistogram()) != null; ) {
            if ("stream0.burst_residence_ns".equals(h.getTag())) {
                if (residence == null) {
                    residence = ((org.HdrHistogram.Histogram) h).copy();
                } else {
                    residence.add((org.HdrHistogram.Histogram) h);
                }
            }
        }
        for (dev.pmdfwd.report.StreamSummary stream : report.summary().streams()) {
            for (dev.pmdfwd.report.HistogramKind kind : dev.pmdfwd.report.HistogramKind.values()) {
                dev.pmdfwd.report.PercentileCurve curve = report.curve(stream, kind);
                assertEquals(stream.histograms().get(kind).count(), curve.totalCount(), "stream " + stream.stream() + " " + kind);
            }
        }
        dev.pmdfwd.report.PercentileCurve curve = report.curve(report.summary().streams().getFirst(),
                dev.pmdfwd.report.HistogramKind.BURST_RESIDENCE);
        assertTrue(residence != null && residence.getTotalCount() == curve.totalCount());
        for (dev.pmdfwd.report.PercentileCurve.Point point : curve.points()) {
            if (point.percentile() < 1.0) {
                long expected = residence.getValueAtPercentile(point.percentile() * 100);
                assertTrue(residence.valuesAreEquivalent(expected, (long) point.value()),
                        "p" + point.percentile() + ": .hgrm " + point.value() + ", interval log " + expected);
            }
        }
    }

    private static long metric(String body, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " (\\d+)$").matcher(body);
        assertTrue(m.find(), name + " missing in:\n" + body);
        return Long.parseLong(m.group(1));
    }
}
