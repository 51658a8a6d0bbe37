package dev.pmdfwd.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One plot card: a percentile plot, a legend, and a table of the key statistics per curve; or, when
 * nothing was recorded anywhere, a note such as "no shortfalls". report.html has a card per histogram
 * kind, the latency page a card per group of curves.
 */
final class PlotSection {
    /**
     * One curve with what summary.json says of it.
     *
     * @param stats the summary's exact statistics (p50, p99, p99_99, max; p99_9 if it has one), preferred over
     *              the curve's
     */
    record Entry(PercentilePlot.Series series, String unit, Map<String, Double> stats) {
    }

    /**
     * What a card shows.
     *
     * @param key       the card's data-kind and the plot's data-plot attribute
     * @param heading   the card's heading
     * @param name      what is plotted, for the plot's accessible name
     * @param emptyNote what an empty curve means, e.g. "no samples"
     */
    record Subject(String key, String heading, String name, String emptyNote) {
        static Subject of(HistogramKind kind) {
            return new Subject(kind.key(), capitalised(kind.title()), kind.title(), kind.emptyNote());
        }
    }

    /** The statistics shown under a plot: summary.json key, column heading, percentile. */
    private record Column(String key, String heading, double percent) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("p50", "p50", 50), new Column("p99", "p99", 99),
            new Column("p99_9", "p99.9", 99.9), new Column("p99_99", "p99.99", 99.99), new Column("max", "max", 100));

    private PlotSection() {
    }

    static String render(HistogramKind kind, PercentilePlot.Axes axes, String yTitle, List<Entry> entries,
            int width, int height, boolean comparison) {
        return render(Subject.of(kind), axes, yTitle, entries, width, height, comparison);
    }

    /** @param comparison whether the curves are of several runs, for the note when all are empty */
    static String render(Subject subject, PercentilePlot.Axes axes, String yTitle, List<Entry> entries,
            int width, int height, boolean comparison) {
        StringBuilder out = new StringBuilder("<section class=\"card plot-card\" data-kind=\"" + Html.escape(subject.key())
                + "\">\n");
        out.append("<h3>").append(Html.escape(subject.heading())).append("</h3>\n");
        boolean anything = entries.stream().anyMatch(e -> !e.series().curve().isEmpty());
        if (!anything) {
            out.append("<p class=\"note\">").append(Html.escape(subject.emptyNote()))
                    .append(comparison ? " in any run" : "").append("</p>\n");
            return out.append("</section>\n").toString();
        }
        String unit = entries.stream().filter(e -> !e.series().curve().isEmpty()).findFirst().orElseThrow().unit();
        out.append(PercentilePlot.svg(subject.key(), subject.name(), axes, yTitle, unit,
                entries.stream().map(Entry::series).toList(), width, height));
        out.append("<ul class=\"legend\">\n");
        for (Entry e : entries) {
            out.append("<li>").append(seriesName(e.series()));
            if (e.series().curve().isEmpty()) {
                out.append(" <span class=\"empty\">(").append(Html.escape(subject.emptyNote())).append(")</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
        out.append(statsTable(subject.emptyNote(), entries));
        return out.append("</section>\n").toString();
    }

    private static String statsTable(String emptyNote, List<Entry> entries) {
        StringBuilder out = new StringBuilder("<div class=\"table-wrap stats\"><table>\n<tr><th></th>"
                + "<th class=\"num\">count</th><th class=\"num\">mean</th>");
        for (Column c : COLUMNS) {
            out.append("<th class=\"num\">").append(c.heading()).append("</th>");
        }
        out.append("</tr>\n");
        for (Entry e : entries) {
            PercentileCurve curve = e.series().curve();
            out.append("<tr><td>").append(seriesName(e.series())).append("</td>");
            out.append("<td class=\"num\">").append(Units.count(curve.totalCount())).append("</td>");
            if (curve.isEmpty()) {
                out.append("<td class=\"num empty\" colspan=\"").append(COLUMNS.size() + 1).append("\">")
                        .append(Html.escape(emptyNote)).append("</td></tr>\n");
                continue;
            }
            out.append("<td class=\"num\">").append(Html.escape(Units.inUnit(curve.mean(), e.unit()))).append("</td>");
            for (Column c : COLUMNS) {
                double value = e.stats().containsKey(c.key()) ? e.stats().get(c.key())
                        : c.percent() >= 100 ? curve.max() : curve.valueAtPercentile(c.percent());
                out.append("<td class=\"num\">").append(Html.escape(Units.inUnit(value, e.unit()))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table></div>\n").toString();
    }

    /** The curve's label after a short sample of its line, for legends and tables. */
    private static String seriesName(PercentilePlot.Series s) {
        return "<span class=\"series\">" + swatch(s) + Html.escape(s.label()) + "</span>";
    }

    /** A short sample of the curve's line. */
    private static String swatch(PercentilePlot.Series s) {
        String dash = s.dash().isEmpty() ? "" : " stroke-dasharray=\"" + s.dash() + "\"";
        return String.format(Locale.ROOT, "<svg class=\"swatch\" width=\"30\" height=\"10\" aria-hidden=\"true\">"
                + "<line x1=\"1\" y1=\"5\" x2=\"29\" y2=\"5\" stroke=\"%s\" stroke-width=\"%.1f\"%s/></svg>", s.colour(),
                Math.max(2, s.width()), dash);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
