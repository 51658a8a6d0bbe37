package dev.pmdfwd.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One port of summary.json: the forwarder's counts and the driver's statistics.
 *
 * @param droppedByReason drops by reason key ({@code tx_full}, {@code shutdown}, and any later ones), in file order
 */
public record PortSummary(int port, String name, String driver, long rxPackets, long txPackets, long droppedTotal,
        Map<String, Long> droppedByReason, long imissed, long ierrors, long oerrors, long rxNombuf) {
    public PortSummary {
        droppedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(droppedByReason));
    }
}
