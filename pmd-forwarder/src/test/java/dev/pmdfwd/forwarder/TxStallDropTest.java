package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** drop: a shortfall is freed and counted at once, without retries. */
class TxStallDropTest {
    @Test
    void shortfallsAreDroppedAtOnce() {
        TxStallScenario.initEal();
        TxStallScenario scenario = new TxStallScenario();
        RunResult result = scenario.run(new TxRetryPolicy(TxPolicy.DROP, 8, 1_000));
        FinishedStream toRing = result.streams().get(0);
        StreamCounters.Snapshot c = toRing.counters();

        assertTrue(c.shortfalls() > 0, "the stall caused no shortfall");
        assertEquals(0, c.retries());
        assertTrue(c.dropped(DropReason.TX_FULL) > 0);
        assertEquals(0, toRing.histograms().total(StreamHistograms.Kind.TX_RETRIES).getMaxValue());
        assertEquals(List.of(), result.conservationViolations());
        assertEquals(c.tx(), scenario.drained);
        TxStallAssertions.memoryFlat(scenario);
        TxStallAssertions.flowsAgainAfterTheStall(scenario);
    }
}
