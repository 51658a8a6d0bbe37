package dev.pmdfwd.forwarder;

/** A stream after the run: its final counters and its histograms, for the report. */
public record FinishedStream(StreamId id, StreamCounters.Snapshot counters, StreamHistograms histograms) {
    @Override
    public String toString() {
        return "stream " + id.index() + " (" + id + ")";
    }
}
