package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** retry: a stalled TX retries each shortfall, then drops and counts it as tx_full; nothing unaccounted. */
class TxStallRetryTest {
    @Test
    void shortfallsAreRetriedThenCounted() {
        TxStallScenario.initEal();
        TxStallScenario scenario = new TxStallScenario();
        RunResult result = scenario.run(TxRetryPolicy.defaults());
        FinishedStream toRing = result.streams().get(0);
        StreamCounters.Snapshot c = toRing.counters();

        assertTrue(c.shortfalls() > 0, "the stall caused no shortfall");
        assertTrue(c.dropped(DropReason.TX_FULL) > 0, "nothing dropped during a 1 s stall");
        assertEquals(0, c.dropped(DropReason.SHUTDOWN));
        // every shortfall was retried the full 8 times except those a drain ended early
        assertTrue(c.retries() > c.shortfalls(), c.retries() + " retries for " + c.shortfalls() + " shortfalls");
        assertTrue(c.retries() <= 8 * c.shortfalls());
        assertEquals(c.shortfalls(), toRing.histograms().total(StreamHistograms.Kind.TX_SHORTFALL).getTotalCount());
        assertEquals(c.shortfalls(), toRing.histograms().total(StreamHistograms.Kind.TX_RETRIES).getTotalCount());
        assertEquals(8, toRing.histograms().total(StreamHistograms.Kind.TX_RETRIES).getMaxValue());
        // burst sizes are counted exactly; residence is timed on one burst in RESIDENCE_SAMPLE, each standing for that many
        assertEquals(c.bursts(), toRing.histograms().total(StreamHistograms.Kind.RX_BURST).getTotalCount());
        long timed = toRing.histograms().total(StreamHistograms.Kind.RESIDENCE).getTotalCount();
        assertTrue(Math.abs(c.bursts() - timed) <= StreamHistograms.RESIDENCE_SAMPLE, c.bursts() + " bursts, " + timed + " timed");
        assertEquals(List.of(), result.conservationViolations());
        assertEquals(c.tx(), scenario.drained, "every packet the ring took reached the consumer");
        TxStallAssertions.memoryFlat(scenario);
        TxStallAssertions.flowsAgainAfterTheStall(scenario);
    }
}
