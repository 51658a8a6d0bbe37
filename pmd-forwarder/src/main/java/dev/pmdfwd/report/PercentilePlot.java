package dev.pmdfwd.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG plot of percentile curves (value against percentile), one per series, in one of two
 * sets of axes:
 * <ul>
 * <li>{@link Axes#LATENCY}: HdrHistogram's classic x axis, percentile p at log10(1/(1-p)), so that 90%,
 *     99%, 99.9%... are evenly spaced and the tail gets the room, and a log y axis in ns/µs/ms, since
 *     the body and the tail differ by orders of magnitude. A curve ends at the percentile its count can
 *     resolve, 1 - 1/count, at its max.</li>
 * <li>{@link Axes#COUNTS}: a linear percentile axis and a linear y axis from 0, for burst sizes and
 *     retries: there the body is the story (what share of bursts were full) and the table under the plot
 *     gives the tail.</li>
 * </ul>
 * A .hgrm file lists a value only at some percentiles, with the count at or below it: each value is drawn
 * flat over the percentiles that count shows it covers, and joined to the next by a straight line across
 * the gap the file leaves unknown (for counts, a step where no whole number lies between). Flat runs
 * are thus exact; only the slopes are interpolated.
 */
final class PercentilePlot {
    /**
     * One curve and how it is drawn.
     *
     * @param dash  an SVG dash array, empty for a solid line
     * @param width the stroke width: a later run drawn thinner stays visible on an identical earlier one
     */
    record Series(String label, String colour, String dash, double width, PercentileCurve curve) {
    }

    enum Axes {
        LATENCY, COUNTS
    }

    private static final int LEFT = 78;
    private static final int RIGHT = 40;
    private static final int TOP = 14;
    private static final int BOTTOM = 50;
    /** The x axis shows at least up to 99.999%, whatever the data. */
    private static final int MIN_DECADES = 5;
    private static final int MAX_DECADES = 12;

    private record Tick(double value, String label, boolean major) {
    }

    private final String key;
    private final String name;
    private final Axes axes;
    private final String yTitle;
    private final String unit;
    private final List<Series> series;
    private final int width;
    private final int height;
    private final int decades;
    private double yLow;
    private double yHigh;
    private final List<Tick> yTicks = new ArrayList<>();

    private PercentilePlot(String key, String name, Axes axes, String yTitle, String unit, List<Series> series,
            int width, int height) {
        this.key = key;
        this.name = name;
        this.axes = axes;
        this.yTitle = yTitle;
        this.unit = unit;
        this.series = series.stream().filter(s -> !s.curve().isEmpty()).toList();
        this.width = width;
        this.height = height;
        double widest = 0;
        for (Series s : this.series) {
            widest = Math.max(widest, logTailEnd(s.curve()));
        }
        // The log axis reaches at least 99.999%, and as far as the longest curve.
        this.decades = (int) Math.min(MAX_DECADES, Math.max(MIN_DECADES, Math.ceil(widest - 1e-9)));
    }

    /**
     * The SVG of the non-empty series of {@code series}; there must be at least one.
     *
     * @param key  the plot's data-plot attribute, e.g. a summary.json histogram key
     * @param name what is plotted, for the accessible name "NAME by percentile"
     * @param unit the unit of the values, for the tooltips
     */
    static String svg(String key, String name, Axes axes, String yTitle, String unit, List<Series> series, int width,
            int height) {
        PercentilePlot plot = new PercentilePlot(key, name, axes, yTitle, unit, series, width, height);
        if (plot.series.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot");
        }
        return plot.render();
    }

    private String render() {
        if (axes == Axes.LATENCY) {
            logTicks();
        } else {
            linearTicks();
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"plot\" data-plot=\"%s\" role=\"img\" aria-label=\"%s by percentile\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                Html.escape(key), Html.escape(name), width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect class=\"frame\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>%n",
                LEFT, TOP, plotWidth(), plotHeight()));
        int xTicks = axes == Axes.LATENCY ? decades : 10;
        for (int t = 0; t <= xTicks; t++) {
            double x = xPixel(axes == Axes.LATENCY ? t : t * 10);
            svg.append(line("grid-major", x, TOP, x, TOP + plotHeight()));
            svg.append(text("tick x", x, TOP + plotHeight() + 18, "middle",
                    axes == Axes.LATENCY ? percentileLabel(t) : t * 10 + "%"));
        }
        for (Tick t : yTicks) {
            double y = yPixel(t.value());
            svg.append(line(t.major() ? "grid-major" : "grid-minor", LEFT, y, LEFT + plotWidth(), y));
            if (t.label() != null) {
                svg.append(text("tick y", LEFT - 8, y + 4, "end", t.label()));
            }
        }
        svg.append(text("axis-title", LEFT + plotWidth() / 2.0, height - 10, "middle",
                axes == Axes.LATENCY ? "percentile (log scale of 1/(1\u2212p))" : "percentile (linear scale)"));
        svg.append(String.format(Locale.ROOT,
                "<text class=\"axis-title\" transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">%s</text>%n",
                TOP + plotHeight() / 2.0, Html.escape(yTitle)));
        for (Series s : series) {
            svg.append(curve(s));
        }
        return svg.append("</svg>\n").toString();
    }

    private String curve(Series s) {
        PercentileCurve c = s.curve();
        double end = end(c);
        List<double[]> xy = new ArrayList<>();
        List<PercentileCurve.Point> points = c.points();
        double heldTo = 0;
        double previous = Double.NaN;
        for (PercentileCurve.Point p : points) {
            // A value covers the percentiles up to its TotalCount's share: draw it flat there, exactly, and
            // join it to the next value by a line across the percentiles the file says nothing about.
            double x = Math.max(xOf(p.percentile(), end), heldTo);
            if (axes == Axes.COUNTS && p.value() - previous <= 1) {
                xy.add(new double[] {heldTo, p.value()}); // no whole number between: the step is exact
            }
            xy.add(new double[] {x, p.value()});
            previous = p.value();
            heldTo = Math.max(x, xOf((double) p.totalCount() / c.totalCount(), end));
            xy.add(new double[] {heldTo, p.value()});
        }
        xy.add(new double[] {end, c.max()});
        StringBuilder d = new StringBuilder();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (double[] point : xy) {
            double px = xPixel(point[0]);
            double py = yPixel(point[1]);
            if (px == lastX && py == lastY) {
                continue;
            }
            d.append(d.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
            lastX = px;
            lastY = py;
        }
        String tooltip = Html.escape(s.label() + ": " + Units.count(c.totalCount()) + " values, max "
                + Units.inUnit(c.max(), unit));
        String dash = s.dash().isEmpty() ? "" : " stroke-dasharray=\"" + s.dash() + "\"";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "<path class=\"curve\" d=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"%s><title>%s</title></path>%n",
                d, s.colour(), s.width(), dash, tooltip));
        if (!d.toString().contains("L")) {
            // A single point (one value recorded) would be invisible as a path.
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s</title></circle>%n",
                    lastX, lastY, s.colour(), tooltip));
        }
        return out.toString();
    }

    /** Where a curve ends on the x axis: at 100%, or on the log axis where its count runs out. */
    private double end(PercentileCurve c) {
        return axes == Axes.LATENCY ? logTailEnd(c) : 100;
    }

    /** On the log axis: its last finite percentile, or 1 - 1/count if further. */
    private static double logTailEnd(PercentileCurve c) {
        double end = Math.log10(Math.max(1, c.totalCount()));
        for (PercentileCurve.Point p : c.points()) {
            if (p.percentile() < 1) {
                end = Math.max(end, Math.log10(1 / (1 - p.percentile())));
            }
        }
        return end;
    }

    /** The x coordinate of a percentile (a fraction), in decades or in percent, at most {@code end}. */
    private double xOf(double percentile, double end) {
        if (axes == Axes.COUNTS) {
            return percentile * 100;
        }
        return percentile >= 1 ? end : Math.min(end, Math.log10(1 / (1 - percentile)));
    }

    /** 0 -> 0%, 1 -> 90%, 2 -> 99%, 3 -> 99.9%... */
    static String percentileLabel(int decade) {
        if (decade == 0) {
            return "0%";
        }
        if (decade == 1) {
            return "90%";
        }
        return "99" + (decade > 2 ? "." + "9".repeat(decade - 2) : "") + "%";
    }

    private void logTicks() {
        double low = Double.MAX_VALUE;
        double high = 1;
        for (Series s : series) {
            for (PercentileCurve.Point p : s.curve().points()) {
                low = Math.min(low, Math.max(1, p.value()));
                high = Math.max(high, p.value());
            }
            high = Math.max(high, s.curve().max());
        }
        yLow = oneTwoFiveAtOrBelow(low);
        yHigh = oneTwoFiveAtOrAbove(high);
        if (yHigh <= yLow) {
            yHigh = oneTwoFiveAtOrAbove(yLow * 1.01);
            yLow = yLow > 1 ? oneTwoFiveAtOrBelow(yLow * 0.99) : yLow;
        }
        boolean wide = Math.log10(yHigh / yLow) > 3.5;
        if (wide) {
            // Over many decades 1-2-5 labels would crowd: label powers of ten, keep 2 and 5 as faint lines.
            yLow = Math.pow(10, Math.floor(Math.log10(yLow) + 1e-9));
            yHigh = Math.pow(10, Math.ceil(Math.log10(yHigh) - 1e-9));
        }
        for (double v = yLow; v <= yHigh * 1.0001; v = oneTwoFiveAtOrAbove(v * 1.01)) {
            boolean powerOfTen = Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) < 1e-9;
            boolean labelled = !wide || powerOfTen;
            yTicks.add(new Tick(v, labelled ? Units.nanos(v) : null, labelled));
        }
    }

    private void linearTicks() {
        double high = 0;
        for (Series s : series) {
            high = Math.max(high, s.curve().max());
        }
        double step = Math.max(1, oneTwoFiveAtOrAbove(Math.max(high, 1) / 5));
        yLow = 0;
        yHigh = Math.max(step, Math.ceil(high / step) * step);
        for (double v = 0; v <= yHigh + step / 2; v += step) {
            yTicks.add(new Tick(v, Units.decimal(v), true));
        }
    }

    static double oneTwoFiveAtOrAbove(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * decade >= v * (1 - 1e-12)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    static double oneTwoFiveAtOrBelow(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {10, 5, 2, 1}) {
            if (m * decade <= v * (1 + 1e-12)) {
                return m * decade;
            }
        }
        return decade;
    }

    private int plotWidth() {
        return width - LEFT - RIGHT;
    }

    private int plotHeight() {
        return height - TOP - BOTTOM;
    }

    /** {@code x} in decades on the log axis, in percent on the linear one. */
    private double xPixel(double x) {
        double extent = axes == Axes.LATENCY ? decades : 100;
        return LEFT + Math.min(x, extent) / extent * plotWidth();
    }

    private double yPixel(double value) {
        double share = axes == Axes.LATENCY
                ? (Math.log10(Math.max(value, yLow)) - Math.log10(yLow)) / (Math.log10(yHigh) - Math.log10(yLow))
                : (value - yLow) / (yHigh - yLow);
        return TOP + plotHeight() * (1 - Math.min(1, Math.max(0, share)));
    }

    private static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                cssClass, x1, y1, x2, y2);
    }

    private static String text(String cssClass, double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n",
                cssClass, x, y, anchor, Html.escape(content));
    }
}
