package dev.pmdfwd.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers read on the page: grouped counts, times scaled to ns/µs/ms/s, short decimals. */
final class Units {
    private Units() {
    }

    /** 151806752 -> "151,806,752". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Whole numbers as they are (grouped), others to three significant digits: 32, 4,639, 4.64, 0.25. */
    static String decimal(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(3));
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,d", rounded.longValue())
                : rounded.stripTrailingZeros().toPlainString();
    }

    /** A duration in nanoseconds in the unit that keeps it short: 221 ns, 4.64 µs, 408 µs, 1.2 ms, 3 s. */
    static String nanos(double ns) {
        double abs = Math.abs(ns);
        if (abs < 1_000) {
            return decimal(ns) + " ns";
        }
        if (abs < 1_000_000) {
            return decimal(ns / 1e3) + " \u00b5s";
        }
        if (abs < 1_000_000_000) {
            return decimal(ns / 1e6) + " ms";
        }
        return decimal(ns / 1e9) + " s";
    }

    /** A value of a histogram in its unit as summary.json names it. */
    static String inUnit(double value, String unit) {
        return unit.equals("ns") ? nanos(value) : decimal(value);
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f s", s);
    }

    /** Millions of packets per second over the run, "–" when the run took no time. */
    static String mpps(long packets, double seconds) {
        return seconds > 0 ? String.format(Locale.ROOT, "%.3f", packets / seconds / 1e6) : "\u2013";
    }

    /** A config value as written, doubles without the writer's trailing zeros (1.000000 -> 1). */
    static String configValue(Object value) {
        return switch (value) {
            case null -> "null";
            case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
            default -> value.toString();
        };
    }
}
