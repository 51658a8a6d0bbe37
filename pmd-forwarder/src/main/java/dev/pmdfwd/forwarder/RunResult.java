package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.EthStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run did: its streams (counters and histograms), the ports' own counters read before they
 * were stopped, and the pool at the end.
 *
 * @param linkChanges     per port, how often its link went up or down during the run
 * @param mbufsInUseAtEnd mbufs not back in the pool after the ports were stopped (should be 0)
 */
public record RunResult(long elapsedNanos, String stopReason, List<PortSetup.Port> ports, List<FinishedStream> streams,
                        Map<Integer, EthStats> portStats, Map<Integer, Long> linkChanges, int mbufs, int mbufsInUseAtEnd, List<String> warnings,
                        ForwarderConfig config) {

    /**
     * The conservation rule, per stream: every packet received was transmitted or dropped with a
     * reason. Returns one line per violation; empty when it holds.
     */
    public List<String> conservationViolations() {
        List<String> violations = new ArrayList<>();
        for (FinishedStream stream : streams) {
            StreamCounters.Snapshot c = stream.counters();
            long accounted = c.tx() + c.droppedTotal();
            if (c.rx() != accounted) {
                violations.add(stream + ": rx " + c.rx() + " != tx " + c.tx() + " + dropped " + c.droppedTotal()
                        + " (" + (c.rx() - accounted) + " unaccounted)");
            }
        }
        return violations;
    }

    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }
}
