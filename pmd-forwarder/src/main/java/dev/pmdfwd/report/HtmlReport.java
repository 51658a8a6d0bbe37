package dev.pmdfwd.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page for one run, or for several side by side (before/after, or this
 * forwarder against another): the runs' overview and configuration, their counters, and percentile plots
 * of burst residence, rx burst size, tx shortfall size and tx retries with one curve per (run, stream).
 * Everything is inline (CSS, SVG) and a Content-Security-Policy forbids any fetch, so the page opens the
 * same from a CI artifact, a mail attachment or an air-gapped lab machine.
 */
public final class HtmlReport {
    /** The page {@link #writeFor} writes into a report directory. */
    public static final String FILE_NAME = "report.html";

    /** One run: a colour per stream; the latency page's colour per label. */
    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
            "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    /**
     * Several runs: a hue per run (blue, red, green, purple), its streams in shades and dashes of it, so
     * that "which run" reads at a glance and "which stream" from the legend.
     */
    private static final String[][] RUN_SHADES = {
            {"#1f5fbf", "#6fa8e8", "#0b3a7a", "#9cc6f2"},
            {"#d03a1b", "#f39a4d", "#8e1b0b", "#f6bb8a"},
            {"#1d8a3e", "#6cc584", "#0d5224", "#a8ddb4"},
            {"#7b3fbf", "#b791e8", "#4d1f82", "#d9c2f3"}};
    private static final String[] STREAM_DASHES = {"", "8 4", "2 3", "12 4 2 4"};
    /** Earlier runs drawn wider, so that where runs coincide every curve still shows. */
    private static final double[] RUN_WIDTHS = {4.2, 2, 1.6, 1.4};
    private static final int PLOT_WIDTH = 1100;

    private final List<LabelledRun> runs;

    /** A page for these runs, in this order; one run makes a single-run page. */
    public HtmlReport(List<LabelledRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        this.runs = List.copyOf(runs);
    }

    /**
     * Reads the report directory and writes its page to {@code reportDir/report.html}.
     *
     * @throws ReportReadException when the directory's files are missing or malformed
     * @throws IOException         when the page cannot be written
     */
    public static void writeFor(Path reportDir) throws IOException {
        new HtmlReport(List.of(LabelledRun.of(ReportDirectory.load(reportDir)))).writeTo(reportDir.resolve(FILE_NAME));
    }

    /** Writes the page to {@code file}, replacing it. */
    public void writeTo(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public String render() {
        boolean comparison = runs.size() > 1;
        String title = comparison
                ? "pmd-forwarder comparison: " + String.join(" vs ", runs.stream().map(LabelledRun::label).toList())
                : "pmd-forwarder report: " + runs.getFirst().label();
        StringBuilder page = new StringBuilder();
        page.append(PageStyle.documentStart(title));
        page.append("<h1>").append(comparison ? "pmd-forwarder comparison" : "pmd-forwarder report").append("</h1>\n");
        page.append("<p class=\"sub\">").append(Html.escape(comparison
                ? String.join(" \u00b7 ", runs.stream().map(LabelledRun::label).toList())
                : runs.getFirst().label())).append("</p>\n");
        page.append(RunOverview.violationBanner(runs, comparison));
        page.append(RunOverview.cards(runs, comparison));

        page.append("<h2>Configuration</h2>\n<section class=\"card\">\n")
                .append(RunOverview.configTable(runs, comparison)).append("</section>\n");

        page.append("<h2>Counters</h2>\n");
        for (LabelledRun run : runs) {
            page.append("<section class=\"card counters\">\n");
            if (comparison) {
                page.append("<h3>").append(Html.escape(run.label())).append("</h3>\n");
            }
            page.append(CounterTables.ports(run.directory().summary()));
            page.append(CounterTables.streams(run.directory().summary()));
            page.append("</section>\n");
        }

        page.append("<h2>Latency</h2>\n");
        page.append(PlotSection.render(HistogramKind.BURST_RESIDENCE, PercentilePlot.Axes.LATENCY,
                "burst residence (log scale)", entries(HistogramKind.BURST_RESIDENCE), PLOT_WIDTH, 440, comparison));
        page.append("<h2>Bursts, shortfalls and retries</h2>\n");
        page.append(PlotSection.render(HistogramKind.RX_BURST_SIZE, PercentilePlot.Axes.COUNTS,
                "packets per rx burst", entries(HistogramKind.RX_BURST_SIZE), PLOT_WIDTH, 300, comparison));
        page.append(PlotSection.render(HistogramKind.TX_SHORTFALL_SIZE, PercentilePlot.Axes.COUNTS,
                "packets short per tx burst", entries(HistogramKind.TX_SHORTFALL_SIZE), PLOT_WIDTH, 300, comparison));
        page.append(PlotSection.render(HistogramKind.TX_RETRIES_PER_BURST, PercentilePlot.Axes.COUNTS,
                "retries per tx burst", entries(HistogramKind.TX_RETRIES_PER_BURST), PLOT_WIDTH, 300, comparison));

        page.append("<footer>Written by <code>pmd-forwarder report</code> from summary.json and the .hgrm percentile files. "
                + "Latency: percentile p at log10(1/(1&minus;p)), as HdrHistogram plots it. Bursts, shortfalls and "
                + "retries: linear percentiles. Flat stretches are exact; slopes join values the files list "
                + "across percentiles they leave out.</footer>\n");
        return page.append(PageStyle.DOCUMENT_END).toString();
    }

    /** One entry per (run, stream), drawn the same in every plot. */
    private List<PlotSection.Entry> entries(HistogramKind kind) {
        boolean comparison = runs.size() > 1;
        List<PlotSection.Entry> entries = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            LabelledRun run = runs.get(r);
            List<StreamSummary> streams = run.directory().summary().streams();
            for (int i = 0; i < streams.size(); i++) {
                StreamSummary stream = streams.get(i);
                String label = (comparison ? run.label() + " \u00b7 " : "") + "stream " + stream.stream()
                        + " (" + stream.path() + ")";
                String[] shades = RUN_SHADES[r % RUN_SHADES.length];
                PercentilePlot.Series series = comparison
                        ? new PercentilePlot.Series(label, shades[i % shades.length], STREAM_DASHES[i % STREAM_DASHES.length],
                                RUN_WIDTHS[Math.min(r, RUN_WIDTHS.length - 1)], run.directory().curve(stream, kind))
                        : new PercentilePlot.Series(label, COLOURS[i % COLOURS.length], "", 2,
                                run.directory().curve(stream, kind));
                StreamSummary.HistogramFile file = stream.histograms().get(kind);
                entries.add(new PlotSection.Entry(series, file == null ? kind.unit() : file.unit(),
                        file == null ? Map.of() : file.stats()));
            }
        }
        return entries;
    }
}
