package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deliberately tiny mbuf pool (a full ring and 16 more, no lcore cache) with the tx side
 * stalled under backpressure: the pool runs dry, rx gets nothing, the forwarder keeps running, and
 * forwarding resumes when the consumer returns the mbufs. net_null does not count rx_nombuf (its rx
 * simply returns 0 when the pool is empty), so the dry pool is observed through the pool itself.
 */
class PoolExhaustionTest {
    @Test
    void forwardingResumesWhenMbufsComeBack() {
        TxStallScenario.initEal();
        int mbufs = TxStallScenario.RING + 16;
        TxStallScenario scenario = new TxStallScenario(false, mbufs, 0);
        RunResult result = scenario.run(new TxRetryPolicy(TxPolicy.BACKPRESSURE, 8, 1_000));
        StreamCounters.Snapshot c = result.streams().get(0).counters();

        List<TxStallScenario.Sample> stalled = scenario.stalled();
        int leastAvailable = stalled.stream().mapToInt(TxStallScenario.Sample::poolAvailable).min().orElseThrow();
        assertTrue(leastAvailable < 32, "the pool never ran dry: " + leastAvailable + " mbufs left");
        assertEquals(stalled.getFirst().rx(), stalled.getLast().rx(), "rx went on with an empty pool");
        TxStallAssertions.flowsAgainAfterTheStall(scenario);
        assertEquals(List.of(), result.conservationViolations());
        assertEquals(c.tx(), scenario.drained);
        assertEquals(0, result.mbufsInUseAtEnd());
    }
}
