package dev.pmdfwd.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a percentile file written by HdrHistogram's outputPercentileDistribution (plain or CSV): a
 * {@code Value Percentile TotalCount 1/(1-Percentile)} header, data lines, and a {@code #[...]} footer
 * with the mean, max and total count. An empty histogram has no data lines, possibly not even a footer.
 */
final class HgrmReader {
    private static final Pattern FOOTER_FIELD = Pattern.compile("([A-Za-z][A-Za-z ]*?)\\s*=\\s*([^,\\]]+)");

    private HgrmReader() {
    }

    static PercentileCurve read(Path file) throws ReportReadException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReportReadException(file + ": no such file");
        } catch (IOException e) {
            throw new ReportReadException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses the text of a percentile file; {@code name} is only for messages. */
    static PercentileCurve parse(String text, String name) throws ReportReadException {
        List<PercentileCurve.Point> points = new ArrayList<>();
        double mean = 0;
        double max = Double.NaN;
        long footerCount = -1;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = name + ": line " + (i + 1);
            if (line.isEmpty() || line.startsWith("Value") || line.startsWith("\"Value\"")) { // plain or CSV header
                continue;
            }
            if (line.startsWith("#[")) {
                Matcher m = FOOTER_FIELD.matcher(line.substring(2));
                while (m.find()) {
                    String key = m.group(1).strip();
                    double number = footerNumber(m.group(2).strip(), where);
                    switch (key) {
                        case "Mean" -> mean = number;
                        case "Max" -> max = number;
                        case "Total count" -> footerCount = (long) number;
                        default -> {
                            // StdDeviation, Buckets, SubBuckets: not plotted.
                        }
                    }
                }
                continue;
            }
            points.add(dataLine(line, where, points.isEmpty() ? null : points.getLast()));
        }
        long totalCount = footerCount >= 0 ? footerCount : points.isEmpty() ? 0 : points.getLast().totalCount();
        if (totalCount > 0 && points.isEmpty()) {
            throw new ReportReadException(name + ": the footer counts " + totalCount + " values but there are no data lines");
        }
        if (Double.isNaN(max)) {
            max = points.isEmpty() ? 0 : points.getLast().value();
        }
        return totalCount == 0 ? PercentileCurve.EMPTY : new PercentileCurve(points, totalCount, mean, max);
    }

    private static PercentileCurve.Point dataLine(String line, String where, PercentileCurve.Point previous)
            throws ReportReadException {
        String[] fields = line.split("\\s*,\\s*|\\s+");
        if (fields.length < 3 || fields.length > 4) {
            throw new ReportReadException(where + ": expected Value Percentile TotalCount [1/(1-Percentile)], found \""
                    + abbreviate(line) + "\"");
        }
        double value;
        double percentile;
        long count;
        try {
            value = Double.parseDouble(fields[0]);
            percentile = Double.parseDouble(fields[1]);
            count = Long.parseLong(fields[2]);
        } catch (NumberFormatException e) {
            throw new ReportReadException(where + ": not a number in \"" + abbreviate(line) + "\"");
        }
        if (!(value >= 0) || Double.isInfinite(value) || !(percentile >= 0 && percentile <= 1) || count < 0) {
            throw new ReportReadException(where + ": value, percentile or count out of range in \"" + abbreviate(line) + "\"");
        }
        if (previous != null && (value < previous.value() || percentile < previous.percentile()
                || count < previous.totalCount())) {
            throw new ReportReadException(where + ": decreases from the line before");
        }
        return new PercentileCurve.Point(value, percentile, count);
    }

    private static double footerNumber(String text, String where) throws ReportReadException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ReportReadException(where + ": not a number in the footer: \"" + abbreviate(text) + "\"");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
