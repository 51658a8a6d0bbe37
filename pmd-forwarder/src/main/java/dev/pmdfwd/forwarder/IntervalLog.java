package dev.pmdfwd.forwarder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code histograms.hlog} in the report directory: every stream's histograms, interval by interval
 * (one per harvest, about a second), in HdrHistogram's log format, tagged {@code stream<N>.<kind>}.
 * HdrHistogram's HistogramLogProcessor and plotting tools read it. The header is written by
 * HistogramLogWriter; the interval lines by {@link HistogramLogLine}, which allocates nothing.
 */
final class IntervalLog implements ControlListener {
    static final String FILE = "histograms.hlog";

    private static final StreamHistograms.Kind[] KINDS = StreamHistograms.Kind.values(); // values() copies

    private final PrintStream out;
    private final HistogramLogLine encoder = new HistogramLogLine(StreamHistograms.newResidenceHistogram());
    private final long baseEpochMs;
    private String[][] tags; // by stream index, then kind: built once
    private long lastEpochMs;

    IntervalLog(Path reportDir) throws FileNotFoundException {
        this.out = new PrintStream(reportDir.resolve(FILE).toFile());
        HistogramLogWriter header = new HistogramLogWriter(out);
        long now = System.currentTimeMillis();
        header.outputLogFormatVersion();
        header.outputComment("pmd-forwarder: per-stream histograms, one interval per harvest; tags stream<N>.<kind>");
        header.outputStartTime(now);
        header.outputBaseTime(now);
        header.outputLegend();
        baseEpochMs = now;
        lastEpochMs = now;
    }

    @Override
    public long tickNanos() {
        return HARVESTS_ONLY;
    }

    @Override
    public void tick(Forwarder running, long elapsedNanos) {
    }

    @Override
    public void harvested(Forwarder running, long elapsedNanos) {
        long now = System.currentTimeMillis();
        List<Stream> streams = running.streams();
        if (tags == null) {
            tags = tagsFor(streams);
        }
        for (int s = 0; s < streams.size(); s++) {
            for (int k = 0; k < KINDS.length; k++) {
                Histogram interval = streams.get(s).histograms().lastInterval(KINDS[k]);
                if (interval != null) {
                    encoder.encode(interval, tags[s][k], lastEpochMs - baseEpochMs, now - lastEpochMs).println(out);
                }
            }
        }
        lastEpochMs = now;
    }

    private static String[][] tagsFor(List<Stream> streams) {
        StreamHistograms.Kind[] kinds = StreamHistograms.Kind.values();
        String[][] tags = new String[streams.size()][kinds.length];
        for (int s = 0; s < streams.size(); s++) {
            for (int k = 0; k < kinds.length; k++) {
                tags[s][k] = "stream" + streams.get(s).id().index() + "." + kinds[k].fileName();
            }
        }
        return tags;
    }

    @Override
    public void loopsStopped(Forwarder stopped) {
        out.close();
        encoder.close();
    }
}
