package dev.pmdfwd.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stream (rx queue to tx queue) of summary.json.
 *
 * @param droppedByReason drops by reason key, in file order
 * @param histograms      the histogram files the summary lists for this stream, by kind
 */
public record StreamSummary(int stream, int rxPort, int rxQueue, int txPort, int txQueue, long rxPackets,
        long txPackets, Map<String, Long> droppedByReason, long txShortfalls, long txRetries,
        Map<HistogramKind, HistogramFile> histograms) {
    /**
     * A histogram as summary.json lists it.
     *
     * @param file  its .hgrm file name, in the report directory
     * @param unit  its unit as written, e.g. {@code ns} or {@code packets}
     * @param count how many values it holds
     * @param stats the summary's exact statistics in {@code unit} (p50, p99, p99_99, max: absent when empty)
     */
    public record HistogramFile(String file, String unit, long count, Map<String, Double> stats) {
        public HistogramFile {
            stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
        }
    }

    public StreamSummary {
        droppedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(droppedByReason));
        histograms = histograms.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(histograms));
    }

    /** The queues it connects, e.g. {@code p0q0 → p1q0}. */
    public String path() {
        return "p" + rxPort + "q" + rxQueue + " \u2192 p" + txPort + "q" + txQueue;
    }
}
