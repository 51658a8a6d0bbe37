package dev.pmdfwd.report;

import java.util.List;

/**
 * One histogram as its .hgrm percentile file gives it: the (value, percentile) points of HdrHistogram's
 * outputPercentileDistribution, in file order, with the footer's totals. Empty when nothing was recorded.
 *
 * @param points     the data lines, percentiles non-decreasing from 0 to 1
 * @param totalCount how many values were recorded
 * @param mean       the footer's mean (0 when empty)
 * @param max        the largest recorded value (0 when empty)
 */
public record PercentileCurve(List<Point> points, long totalCount, double mean, double max) {
    /** An empty histogram. */
    public static final PercentileCurve EMPTY = new PercentileCurve(List.of(), 0, 0, 0);

    /**
     * One data line.
     *
     * @param value      the value at this percentile, in the histogram's unit
     * @param percentile the percentile as a fraction, 0 to 1
     * @param totalCount how many recorded values are at or below {@code value}
     */
    public record Point(double value, double percentile, long totalCount) {
    }

    public PercentileCurve {
        points = List.copyOf(points);
    }

    public boolean isEmpty() {
        return totalCount == 0 || points.isEmpty();
    }

    /**
     * The value at {@code percent} (0 to 100) as HdrHistogram's getValueAtPercentile counts it: the first
     * listed value at or below which that share of the values lies. Exact where the file lists the
     * percentile, an upper bound where it skipped values.
     */
    public double valueAtPercentile(double percent) {
        if (isEmpty()) {
            return 0;
        }
        // As HdrHistogram does: one ulp less, so that round-off cannot push the count into the next bucket.
        double requested = Math.min(Math.max(Math.nextDown(percent), 0), 100);
        long countAtPercentile = Math.max(1, (long) Math.ceil(requested * totalCount / 100.0));
        for (Point p : points) {
            if (p.totalCount() >= countAtPercentile) {
                return p.value();
            }
        }
        return points.getLast().value();
    }
}
