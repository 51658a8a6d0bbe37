package dev.pmdfwd.report;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.pmdfwd.report.HtmlReportTest.assertSelfContained;
import static dev.pmdfwd.report.HtmlReportTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyPageTest {
    static final String LOW = "10% of max (123 kpps)";
    static final String HIGH = "90% of max (1,107 kpps)";
    static final List<String> LABELS = List.of("pmd-forwarder", "dpdk-testpmd", "pmd-forwarder (uncorrected)");
    private static final Pattern CELL = Pattern.compile("<td class=\"num\">([^<]*)</td>");

    @TempDir
    Path tmp;

    /** One-way latencies in ns: a body around {@code base} and a tail of {@code tail} values up to 50x it. */
    static Histogram latencies(long seed, int base, int tail) {
        Random random = new Random(seed);
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        for (int i = 0; i < 100_000; i++) {
            h.recordValue(base + random.nextInt(base / 2));
        }
        for (int i = 0; i < tail; i++) {
            h.recordValue(base + random.nextInt(base * 50));
        }
        return h;
    }

    /** Writes {@code h} as the benchmark does: outputPercentileDistribution(ps, 5, 1.0). */
    static Path hgrm(Path dir, String name, Histogram h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            h.outputPercentileDistribution(ps, 5, 1.0);
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** The card whose heading is {@code group}. */
    static String card(String page, String group) {
        int heading = page.indexOf("<h3>" + Html.escape(group) + "</h3>");
        assertTrue(heading >= 0, "a card for " + group);
        int start = page.lastIndexOf("<section", heading);
        return page.substring(start, page.indexOf("</section>", heading));
    }

    /** The numeric cells of {@code label}'s row in a card's statistics table. */
    static List<String> statsRow(String card, String label) {
        int row = card.indexOf(Html.escape(label) + "</span></td>");
        assertTrue(row >= 0, "a statistics row for " + label);
        Matcher m = CELL.matcher(card.substring(row, card.indexOf("</tr>", row)));
        List<String> cells = new ArrayList<>();
        while (m.find()) {
            cells.add(m.group(1));
        }
        return cells;
    }

    /** Back from "4.64 µs" to ns, for comparisons within the page's three significant digits. */
    static double nanos(String shown) {
        String[] parts = shown.replace(",", "").split(" ");
        double scale = switch (parts[1]) {
            case "ns" -> 1;
            case "\u00b5s" -> 1e3;
            case "ms" -> 1e6;
            default -> 1e9;
        };
        return Double.parseDouble(parts[0]) * scale;
    }

    @Test
    void cardPerGroupCurvePerLabelAndTheRecordedStatistics() throws IOException {
        List<List<Histogram>> recorded = List.of(
                List.of(latencies(1, 2_000, 40), latencies(2, 2_600, 40), latencies(3, 1_900, 4)),
                List.of(latencies(4, 4_000, 400), latencies(5, 9_000, 900), latencies(6, 3_000, 40)));
        List<String> groups = List.of(LOW, HIGH);
        List<LatencyPage.Group> page = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<LatencyPage.Curve> curves = new ArrayList<>();
            for (int l = 0; l < LABELS.size(); l++) {
                curves.add(LatencyPage.Curve.read(LABELS.get(l), hgrm(tmp, g + "-" + l + ".hgrm", recorded.get(g).get(l))));
            }
            page.add(new LatencyPage.Group(groups.get(g), curves));
        }
        String html = new LatencyPage("Forwarder latency <bench>",
                List.of("2x Xeon Gold 6338, X710 loopback", "bench --rate 10%,90% --duration 30s"), page).render();

        assertSelfContained(html);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
        assertTrue(html.contains("<title>Forwarder latency &lt;bench&gt;</title>"));
        assertTrue(html.contains("<h1>Forwarder latency &lt;bench&gt;</h1>"));
        assertTrue(html.contains("<li>2x Xeon Gold 6338, X710 loopback</li>") && html.contains("<li>bench --rate 10%,90% --duration 30s</li>"));
        assertEquals(2, count(html, "<section class=\"card plot-card\" data-kind=\"one_way_latency_ns\">"));
        assertEquals(2, count(html, "<svg class=\"plot\" data-plot=\"one_way_latency_ns\""));
        assertEquals(count(html, "<svg"), count(html, "</svg>"), "every svg is closed");
        assertTrue(html.indexOf("<h3>" + LOW + "</h3>") < html.indexOf("<h3>" + HIGH + "</h3>"), "groups in order");
        for (String tick : List.of(">90%<", ">99%<", ">99.9%<", ">99.99%<", ">99.999%<")) {
            assertTrue(html.contains(tick), "the log percentile axis: " + tick);
        }
        assertTrue(html.contains(">one-way latency (log scale)</text>"));

        for (int g = 0; g < groups.size(); g++) {
            String card = card(html, groups.get(g));
            String legend = card.substring(card.indexOf("<ul class=\"legend\">"), card.indexOf("</ul>"));
            assertEquals(LABELS.size(), count(card, "<path class=\"curve\""), "a curve per label in " + groups.get(g));
            assertTrue(card.contains("<th class=\"num\">p50</th><th class=\"num\">p99</th><th class=\"num\">p99.9</th>"
                    + "<th class=\"num\">p99.99</th><th class=\"num\">max</th>"), "the statistics columns");
            for (int l = 0; l < LABELS.size(); l++) {
                Histogram h = recorded.get(g).get(l);
                assertTrue(legend.contains(Html.escape(LABELS.get(l)) + "</span></li>"), "legend: " + LABELS.get(l));
                List<String> row = statsRow(card, LABELS.get(l));
                String what = groups.get(g) + " / " + LABELS.get(l) + ": " + row;
                assertEquals(7, row.size(), what);
                assertEquals(Units.count(h.getTotalCount()), row.get(0), what);
                assertEquals(Units.nanos(h.getMean()), row.get(1), what);
                // p50 is a level HdrHistogram lists, and max is in the footer: both exact.
                assertEquals(Units.nanos(h.getValueAtPercentile(50)), row.get(2), what);
                assertEquals(Units.nanos(h.getMaxValue()), row.get(6), what);
                // The tail percentiles are the next listed value: within the histogram's and the page's precision.
                double[] percents = {99, 99.9, 99.99};
                for (int p = 0; p < percents.length; p++) {
                    double recordedValue = h.getValueAtPercentile(percents[p]);
                    double shown = nanos(row.get(3 + p));
                    assertTrue(shown >= recordedValue * 0.995 && shown <= recordedValue * 1.02,
                            what + ": p" + percents[p] + " recorded " + recordedValue);
                }
            }
        }
    }

    @Test
    void aLabelKeepsItsColourAndAVariantDashesIt() throws IOException {
        Path a = hgrm(tmp, "a.hgrm", latencies(1, 2_000, 10));
        Path b = hgrm(tmp, "b.hgrm", latencies(2, 3_000, 10));
        Path u = hgrm(tmp, "u.hgrm", latencies(3, 1_800, 10));
        String html = new LatencyPage("t", List.of(), List.of(
                new LatencyPage.Group(LOW, List.of(LatencyPage.Curve.read("dpdk-testpmd", b),
                        LatencyPage.Curve.read("pmd-forwarder", a), LatencyPage.Curve.read("pmd-forwarder (uncorrected)", u))),
                new LatencyPage.Group(HIGH, List.of(LatencyPage.Curve.read("pmd-forwarder", a),
                        LatencyPage.Curve.read("dpdk-testpmd", b))))).render();
        String first = HtmlReport.COLOURS[0];
        String second = HtmlReport.COLOURS[1];
        for (String group : List.of(LOW, HIGH)) {
            String card = card(html, group);
            assertTrue(card.contains("stroke=\"" + first + "\" stroke-width=\"3.5\"><title>dpdk-testpmd:"), group);
            assertTrue(card.contains("stroke=\"" + second + "\" stroke-width=\"2.0\"><title>pmd-forwarder:"), group);
        }
        assertTrue(card(html, LOW).contains("stroke=\"" + second + "\" stroke-width=\"2.0\" stroke-dasharray=\"7 4\">"
                + "<title>pmd-forwarder (uncorrected):"), "the uncorrected curve in the forwarder's colour, dashed");
        assertFalse(html.contains("<ul class=\"context\">"), "no context list without notes");
    }

    @Test
    void anEmptyHistogramIsNotedNotPlotted() throws IOException {
        Path a = hgrm(tmp, "a.hgrm", latencies(1, 2_000, 10));
        Path none = hgrm(tmp, "none.hgrm", new Histogram(3));
        String html = new LatencyPage("t", List.of(), List.of(
                new LatencyPage.Group(LOW, List.of(LatencyPage.Curve.read("pmd-forwarder", a),
                        LatencyPage.Curve.read("dpdk-testpmd", none))),
                new LatencyPage.Group(HIGH, List.of(LatencyPage.Curve.read("dpdk-testpmd", none))))).render();
        assertSelfContained(html);
        String low = card(html, LOW);
        assertEquals(1, count(low, "<path class=\"curve\""));
        assertTrue(low.contains("dpdk-testpmd</span> <span class=\"empty\">(no samples)</span></li>"));
        assertTrue(card(html, HIGH).contains("<p class=\"note\">no samples</p>"));
    }

    @Test
    void aBlankFileIsRefusedAndAGroupNeedsDistinctLabels() throws IOException {
        Path blank = Files.writeString(tmp.resolve("blank.hgrm"), "\n");
        ReportReadException e = assertThrows(ReportReadException.class, () -> LatencyPage.Curve.read("x", blank));
        assertEquals(blank + ": empty file, not an HdrHistogram percentile file", e.getMessage());
        LatencyPage.Curve c = LatencyPage.Curve.read("x", hgrm(tmp, "a.hgrm", latencies(1, 2_000, 10)));
        assertThrows(IllegalArgumentException.class, () -> new LatencyPage.Group(LOW, List.of(c, c)));
        assertThrows(IllegalArgumentException.class, () -> new LatencyPage.Group(LOW, List.of()));
    }
}
