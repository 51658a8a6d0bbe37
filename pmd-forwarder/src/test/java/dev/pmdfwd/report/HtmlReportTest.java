package dev.pmdfwd.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    /** Anything that could make a browser fetch: a scheme, a protocol-relative URL, imports, url(), sources. */
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?i)(https?:|ftp:|file:|data:|//[a-z0-9.\\-]|@import|url\\s*\\(|\\bsrc\\s*=|\\bhref\\s*=|<script|<link|<iframe|<img|<object|<embed)");

    @TempDir
    Path tmp;

    private static String page(Path... dirs) throws IOException {
        List<LabelledRun> runs = new java.util.ArrayList<>();
        for (Path d : dirs) {
            runs.add(LabelledRun.of(ReportDirectory.load(d)));
        }
        return new HtmlReport(runs).render();
    }

    static void assertSelfContained(String page) {
        Matcher m = EXTERNAL.matcher(page);
        assertFalse(m.find(), () -> "external reference \"" + m.group() + "\" near: "
                + page.substring(Math.max(0, m.start() - 80), Math.min(page.length(), m.end() + 80)));
        assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"), "the page forbids fetches");
    }

    static int count(String page, String needle) {
        return page.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void singleRunPageHasEverything() throws IOException {
        Path dir = tmp.resolve("run-a");
        new ReportFixture(dir).write();
        String page = page(dir);
        assertSelfContained(page);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        for (HistogramKind kind : HistogramKind.values()) {
            assertEquals(1, count(page, "<svg class=\"plot\" data-plot=\"" + kind.key() + "\""), kind.key());
        }
        assertEquals(count(page, "<svg"), count(page, "</svg>"), "every svg is closed");
        assertTrue(page.contains("<h1>pmd-forwarder report</h1>"));
        // Ports and streams rows, with the drop reasons as columns, including one added later.
        assertTrue(page.contains("<td>0</td><td>net_null0</td><td>net_null</td><td class=\"num\">1,000,000</td>"), "port 0 row");
        assertTrue(page.contains("<td>1</td><td>net_null1</td><td>net_null</td><td class=\"num\">1,000,001</td>"), "port 1 row");
        assertTrue(page.contains("<td>0</td><td>p0q0 \u2192 p1q0</td><td class=\"num\">1,000,000</td>"), "stream 0 row");
        assertTrue(page.contains("<td>1</td><td>p1q0 \u2192 p0q0</td><td class=\"num\">1,000,001</td>"), "stream 1 row");
        assertTrue(page.contains("<th class=\"num\">link_down</th>"));
        assertTrue(page.contains("<td class=\"num loss\">900</td>"), "a drop stands out");
        assertTrue(page.contains("Conservation holds"));
        assertFalse(page.contains("VIOLATED"));
        assertTrue(page.contains("duration 2 s elapsed"));
        assertTrue(page.contains("2.500 s"));
        assertTrue(page.contains("<span class=\"arg\">--in-memory</span>"));
        assertTrue(page.contains("<td>retry</td>"), "config");
        assertTrue(page.contains("tx ring of port 1 was full 12 times"), "warning");
        // The x axis of the classic HdrHistogram plot.
        for (String tick : List.of(">0%<", ">90%<", ">99%<", ">99.9%<", ">99.99%<", ">99.999%<")) {
            assertTrue(page.contains(tick), tick);
        }
        assertTrue(page.contains(" ns<") || page.contains(" \u00b5s<"), "latency ticks carry a unit");
        assertTrue(page.contains("stream 0 (p0q0 \u2192 p1q0)") && page.contains("stream 1 (p1q0 \u2192 p0q0)"), "legend");
        assertFalse(page.contains("no shortfalls"));
    }

    @Test
    void violatedConservationIsProminent() throws IOException {
        new ReportFixture(tmp).violatingConservation().write();
        String page = page(tmp);
        assertSelfContained(page);
        assertTrue(page.contains("<div class=\"verdict bad banner\">Conservation VIOLATED"), "a banner at the top");
        assertTrue(page.contains("<li>port 1: rx 1000001 != tx 999001 + dropped 100 + 900</li>"));
        assertFalse(page.contains("Conservation holds"));
    }

    @Test
    void emptyShortfallHistogramShowsANote() throws IOException {
        new ReportFixture(tmp).withoutShortfalls().write();
        String page = page(tmp);
        assertSelfContained(page);
        assertTrue(page.contains("<p class=\"note\">no shortfalls</p>"));
        assertTrue(page.contains("<p class=\"note\">no retries</p>"));
        assertFalse(page.contains("data-plot=\"tx_shortfall_size\""));
        assertTrue(page.contains("data-plot=\"burst_residence_ns\""));
        assertTrue(page.contains("data-plot=\"rx_burst_size\""));
    }

    @Test
    void comparisonShowsEveryRunUnderItsLabel() throws IOException {
        Path before = tmp.resolve("before");
        Path after = tmp.resolve("after");
        new ReportFixture(before).write();
        new ReportFixture(after).withoutShortfalls().withWarnings("<b>not markup</b>").write();
        String page = new HtmlReport(List.of(new LabelledRun("baseline", ReportDirectory.load(before)),
                new LabelledRun("testpmd", ReportDirectory.load(after)))).render();
        assertSelfContained(page);
        assertTrue(page.contains("<h1>pmd-forwarder comparison</h1>"));
        assertTrue(page.contains("<h3>baseline</h3>") && page.contains("<h3>testpmd</h3>"));
        for (String label : List.of("baseline", "testpmd")) {
            for (String stream : List.of("stream 0 (p0q0 \u2192 p1q0)", "stream 1 (p1q0 \u2192 p0q0)")) {
                assertEquals(8, count(page, label + " \u00b7 " + stream + "</span>"),
                        "in the legend and the statistics of each of the 4 plots: " + label + " " + stream);
            }
        }
        // One curve per (run, stream) in the residence plot.
        String residence = page.substring(page.indexOf("data-plot=\"burst_residence_ns\""));
        residence = residence.substring(0, residence.indexOf("</svg>"));
        assertEquals(4, count(residence, "<path class=\"curve\""));
        // Shortfalls are plotted for the run that had them, noted for the one that had none.
        assertTrue(page.contains("data-plot=\"tx_shortfall_size\""));
        assertTrue(page.contains("<span class=\"empty\">(no shortfalls)</span>"));
        assertTrue(page.contains("&lt;b&gt;not markup&lt;/b&gt;"), "text from the files is escaped");
        assertFalse(page.contains("<b>not markup</b>"));
    }

    @Test
    void writeForWritesReportHtmlIntoTheDirectory() throws IOException {
        new ReportFixture(tmp).write();
        HtmlReport.writeFor(tmp);
        String page = Files.readString(tmp.resolve("report.html"));
        assertSelfContained(page);
        assertTrue(page.endsWith("</html>\n"));
    }

    @Test
    void percentileTickLabels() {
        assertEquals(List.of("0%", "90%", "99%", "99.9%", "99.99%", "99.999%"),
                java.util.stream.IntStream.rangeClosed(0, 5).mapToObj(PercentilePlot::percentileLabel).toList());
    }
}
