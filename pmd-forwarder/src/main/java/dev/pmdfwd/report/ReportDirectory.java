package dev.pmdfwd.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A report directory as the forwarder's {@code --report-dir} leaves it: summary.json and the .hgrm
 * percentile file of every histogram it lists, all read and checked when loaded.
 */
public final class ReportDirectory {
    /** The summary's file name in a report directory. */
    public static final String SUMMARY_FILE = "summary.json";

    private final Path path;
    private final RunSummary summary;
    private final Map<StreamSummary, Map<HistogramKind, PercentileCurve>> curves;

    private ReportDirectory(Path path, RunSummary summary, Map<StreamSummary, Map<HistogramKind, PercentileCurve>> curves) {
        this.path = path;
        this.summary = summary;
        this.curves = curves;
    }

    /**
     * Reads {@code dir}'s summary.json and the histogram files it names.
     *
     * @throws ReportReadException when the directory, the summary or a histogram file is missing or malformed
     */
    public static ReportDirectory load(Path dir) throws ReportReadException {
        if (!Files.isDirectory(dir)) {
            throw new ReportReadException(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
        }
        RunSummary summary = SummaryReader.read(dir.resolve(SUMMARY_FILE));
        // By identity: the curves belong to these stream objects, whatever their values.
        Map<StreamSummary, Map<HistogramKind, PercentileCurve>> curves = new IdentityHashMap<>();
        for (StreamSummary stream : summary.streams()) {
            Map<HistogramKind, PercentileCurve> byKind = new EnumMap<>(HistogramKind.class);
            for (Map.Entry<HistogramKind, StreamSummary.HistogramFile> h : stream.histograms().entrySet()) {
                byKind.put(h.getKey(), HgrmReader.read(dir.resolve(h.getValue().file())));
            }
            curves.put(stream, Collections.unmodifiableMap(byKind));
        }
        return new ReportDirectory(dir, summary, Collections.unmodifiableMap(curves));
    }

    /** The directory as given to {@link #load}. */
    public Path path() {
        return path;
    }

    /** The directory's own name, the default label of its run. */
    public String name() {
        Path absolute = path.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        return name == null ? absolute.toString() : name.toString();
    }

    public RunSummary summary() {
        return summary;
    }

    /** The percentile curve of one of this summary's streams; empty when the summary lists no such histogram. */
    public PercentileCurve curve(StreamSummary stream, HistogramKind kind) {
        Map<HistogramKind, PercentileCurve> byKind = curves.get(stream);
        if (byKind == null) {
            throw new IllegalArgumentException("stream " + stream.stream() + " is not one of " + name() + "'s streams");
        }
        return byKind.getOrDefault(kind, PercentileCurve.EMPTY);
    }
}
