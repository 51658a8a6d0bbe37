package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * backpressure, stopped while the tx side is still stalled: the burst held gets a last round of
 * retries, then is freed and counted as dropped at shutdown, so conservation still holds.
 */
class TxStallShutdownTest {
    @Test
    void whatIsHeldAtShutdownIsCounted() {
        TxStallScenario.initEal();
        TxStallScenario scenario = new TxStallScenario(true);
        RunResult result = scenario.run(new TxRetryPolicy(TxPolicy.BACKPRESSURE, 8, 1_000));
        StreamCounters.Snapshot c = result.streams().get(0).counters();

        long atShutdown = c.dropped(DropReason.SHUTDOWN);
        assertTrue(atShutdown > 0 && atShutdown <= 32, "held at shutdown: " + atShutdown);
        assertEquals(0, c.dropped(DropReason.TX_FULL));
        assertEquals(List.of(), result.conservationViolations());
        assertEquals(0, result.mbufsInUseAtEnd(), "mbufs leaked");
    }
}
