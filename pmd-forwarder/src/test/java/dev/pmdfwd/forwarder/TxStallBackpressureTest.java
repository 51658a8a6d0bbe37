package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * backpressure: a shortfall is held and rx pauses until it drains: nothing is dropped by the
 * forwarder, at most one burst is held, and forwarding resumes when the consumer does.
 */
class TxStallBackpressureTest {
    @Test
    void rxPausesInsteadOfDropping() {
        TxStallScenario.initEal();
        TxStallScenario scenario = new TxStallScenario();
        RunResult result = scenario.run(new TxRetryPolicy(TxPolicy.BACKPRESSURE, 8, 1_000));
        FinishedStream toRing = result.streams().get(0);
        StreamCounters.Snapshot c = toRing.counters();

        assertTrue(c.shortfalls() > 0, "the stall caused no shortfall");
        assertEquals(0, c.dropped(DropReason.TX_FULL), "backpressure never drops at tx");
        assertTrue(c.dropped(DropReason.SHUTDOWN) <= 32, "at most one burst held at shutdown");
        List<TxStallScenario.Sample> stalled = scenario.stalled();
        long rxDuringStall = stalled.getLast().rx() - stalled.getFirst().rx();
        assertEquals(0, rxDuringStall, "rx kept polling while the tx side was stalled");
        assertEquals(List.of(), result.conservationViolations());
        assertEquals(c.tx(), scenario.drained);
        TxStallAssertions.memoryFlat(scenario);
        TxStallAssertions.flowsAgainAfterTheStall(scenario);
    }
}
