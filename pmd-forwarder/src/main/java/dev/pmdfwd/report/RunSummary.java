package dev.pmdfwd.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report page shows of a run's summary.json.
 *
 * @param config                 the config object as written: key to String, Long, Double or Boolean
 * @param conservationViolations empty when conservation holds
 */
public record RunSummary(double elapsedSeconds, String stopReason, List<String> ealArgs, Map<String, Object> config,
        List<PortSummary> ports, List<StreamSummary> streams, boolean conservationHolds,
        List<String> conservationViolations, long mbufs, long mbufsInUseAtEnd, List<String> warnings) {
    public RunSummary {
        ealArgs = List.copyOf(ealArgs);
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        ports = List.copyOf(ports);
        streams = List.copyOf(streams);
        conservationViolations = List.copyOf(conservationViolations);
        warnings = List.copyOf(warnings);
    }

    /** Packets received on all ports. */
    public long rxPackets() {
        return ports.stream().mapToLong(PortSummary::rxPackets).sum();
    }
}
