package dev.pmdfwd.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One self-contained page of one-way latency histograms side by side, for benchmarks: a card per group
 * (e.g. an offered load) with a curve per label (e.g. each forwarder), drawn and tabulated as report.html
 * draws burst residence, so that the two pages read alike. A label keeps its colour in every card.
 */
public final class LatencyPage {
    /** Card and plot key, for tests and scripts that look for the plots. */
    static final String KEY = "one_way_latency_ns";
    private static final String[] VARIANT_DASHES = {"", "7 4", "2 3", "12 4 2 4"};
    private static final int PLOT_WIDTH = 1100;
    private static final int PLOT_HEIGHT = 420;

    /** A histogram of one-way latencies in nanoseconds, under its label, e.g. "dpdk-testpmd". */
    public record Curve(String label, PercentileCurve curve) {
        /**
         * Reads an .hgrm file as HdrHistogram's outputPercentileDistribution writes it.
         *
         * @throws ReportReadException when it is missing, unreadable, malformed or blank (HdrHistogram
         *                             writes a header and footer even for no values, so blank means broken)
         */
        public static Curve read(String label, Path file) throws ReportReadException {
            PercentileCurve curve = HgrmReader.read(file);
            if (curve.isEmpty() && blank(file)) {
                throw new ReportReadException(file + ": empty file, not an HdrHistogram percentile file");
            }
            return new Curve(label, curve);
        }

        private static boolean blank(Path file) throws ReportReadException {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).isBlank();
            } catch (IOException e) {
                throw new ReportReadException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
    }

    /** How a label is drawn. */
    private record Style(String colour, String dash, double width) {
    }

    /** One card, e.g. "10% of max (123 kpps)", with its curves in legend order; labels are unique. */
    public record Group(String name, List<Curve> curves) {
        public Group {
            curves = List.copyOf(curves);
            if (curves.isEmpty()) {
                throw new IllegalArgumentException("group " + name + " has no curves");
            }
            Set<String> labels = new HashSet<>();
            for (Curve c : curves) {
                if (!labels.add(c.label())) {
                    throw new IllegalArgumentException("group " + name + " has label " + c.label() + " twice");
                }
            }
        }
    }

    private final String title;
    private final List<String> notes;
    private final List<Group> groups;

    /** @param notes lines of context shown under the title, e.g. the machine and the command */
    public LatencyPage(String title, List<String> notes, List<Group> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a latency page needs at least one group");
        }
        this.title = title;
        this.notes = List.copyOf(notes);
        this.groups = List.copyOf(groups);
    }

    /** Writes the page to {@code file}, replacing it. */
    public void writeTo(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public String render() {
        StringBuilder page = new StringBuilder(PageStyle.documentStart(title));
        page.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        if (!notes.isEmpty()) {
            page.append("<ul class=\"context\">\n");
            for (String note : notes) {
                page.append("<li>").append(Html.escape(note)).append("</li>\n");
            }
            page.append("</ul>\n");
        }
        page.append("<h2>One-way latency</h2>\n");
        Map<String, Style> styles = styles();
        for (Group g : groups) {
            List<PlotSection.Entry> entries = new ArrayList<>();
            for (Curve c : g.curves()) {
                Style style = styles.get(c.label());
                entries.add(new PlotSection.Entry(new PercentilePlot.Series(c.label(), style.colour(), style.dash(),
                        style.width(), c.curve()), "ns", Map.of()));
            }
            page.append(PlotSection.render(new PlotSection.Subject(KEY, g.name(), "one-way latency, " + g.name(),
                    "no samples"), PercentilePlot.Axes.LATENCY, "one-way latency (log scale)", entries, PLOT_WIDTH,
                    PLOT_HEIGHT, false));
        }
        page.append("<footer>Written by <code>pmd-forwarder report --latency</code> from HdrHistogram .hgrm percentile "
                + "files. Percentile p at log10(1/(1&minus;p)), as HdrHistogram plots it; latency on a log scale, "
                + "each card scaled to its own curves. Flat stretches are exact; slopes join values the files list "
                + "across percentiles they leave out. Mean and max are the files' own; a percentile is the first "
                + "value listed at or above it, so an upper bound where a file skips values.</footer>\n");
        return page.append(PageStyle.DOCUMENT_END).toString();
    }

    /**
     * How each label is drawn, the same in every card: a colour per label in order of first appearance,
     * except that a variant such as "pmd-forwarder (uncorrected)" takes its base label's colour, dashed,
     * so that it reads as the same forwarder measured another way. The first label is drawn wider so
     * that it still shows where a later one coincides with it.
     */
    private Map<String, Style> styles() {
        Set<String> labels = new HashSet<>();
        for (Group g : groups) {
            g.curves().forEach(c -> labels.add(c.label()));
        }
        Map<String, String> colours = new HashMap<>();
        Map<String, Integer> variants = new HashMap<>();
        Map<String, Style> styles = new HashMap<>();
        for (Group g : groups) {
            for (Curve c : g.curves()) {
                String label = c.label();
                if (styles.containsKey(label)) {
                    continue;
                }
                String base = base(label, labels);
                if (!colours.containsKey(base)) {
                    colours.put(base, HtmlReport.COLOURS[colours.size() % HtmlReport.COLOURS.length]);
                }
                int variant = base.equals(label) ? 0 : variants.merge(base, 1, Integer::sum);
                styles.put(label, new Style(colours.get(base), VARIANT_DASHES[variant % VARIANT_DASHES.length],
                        styles.isEmpty() ? 3.5 : 2));
            }
        }
        return styles;
    }

    /** "X (anything)" when X is itself a label on the page: X; otherwise the label. */
    private static String base(String label, Set<String> labels) {
        int paren = label.lastIndexOf(" (");
        if (paren > 0 && label.endsWith(")") && labels.contains(label.substring(0, paren))) {
            return label.substring(0, paren);
        }
        return label;
    }
}
