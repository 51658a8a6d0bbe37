package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code histograms.hlog} in the report directory: every stream's histograms, interval by interval
 * (one per harvest, about a second), in HdrHistogram's log format, tagged {@code stream<N>.<kind>}.
 * HdrHistogram's HistogramLogProcessor and plotting tools read it.
 */
final class IntervalLog implements ControlListener {
    static final String FILE = "histograms.hlog";

    private final PrintStream out;
    private final HistogramLogWriter writer;
    private long lastEpochMs;

    IntervalLog(Path reportDir) throws FileNotFoundException {
        this.out = new PrintStream(reportDir.resolve(FILE).toFile());
        this.writer = new HistogramLogWriter(out);
        long now = System.currentTimeMillis();
        writer.outputLogFormatVersion();
        writer.outputComment("pmd-forwarder: per-stream histograms, one interval per harvest; tags stream<N>.<kind>");
        writer.outputStartTime(now);
        writer.setBaseTime(now);
        writer.outputLegend();
        lastEpochMs = now;
    }

    @Override
    public void tick(Forwarder running, long elapsedNanos) {
    }

    @Override
    public void harvested(Forwarder running, long elapsedNanos) {
        long now = System.currentTimeMillis();
        for (Stream stream : running.streams()) {
            for (StreamHistograms.Kind kind : StreamHistograms.Kind.values()) {
                Histogram interval = stream.histograms().lastInterval(kind);
                if (interval == null) {
                    continue;
                }
                interval.setStartTimeStamp(lastEpochMs);
                interval.setEndTimeStamp(now);
                interval.setTag("stream" + stream.id().index() + "." + kind.fileName());
                writer.outputIntervalHistogram(interval);
            }
        }
        lastEpochMs = now;
        out.flush();
    }

    @Override
    public void loopsStopped(Forwarder stopped) {
        out.close();
    }
}
