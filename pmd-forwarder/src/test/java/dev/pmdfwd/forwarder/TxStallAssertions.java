package dev.pmdfwd.forwarder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every tx policy must show in the stall scenario. */
final class TxStallAssertions {
    private TxStallAssertions() {
    }

    /**
     * Packet memory is bounded by construction: during the stall, the mbufs out of the pool never
     * exceed the full ring, the rx/tx descriptor rings, a burst per stream and the lcore caches.
     */
    static void memoryFlat(TxStallScenario scenario) {
        int bound = TxStallScenario.RING + 2 * 512 + 2 * 32 + 2 * 256;
        int worst = scenario.samples.stream().mapToInt(TxStallScenario.Sample::poolInUse).max().orElseThrow();
        assertTrue(worst <= bound, "mbufs in use peaked at " + worst + ", above the bound " + bound);
        List<TxStallScenario.Sample> stalled = scenario.stalled();
        assertTrue(stalled.size() >= 2, "the control thread took too few samples during the stall (an overloaded"
                + " machine?): " + scenario.samples.size() + " samples in all");
        int first = stalled.getFirst().poolInUse();
        int last = stalled.getLast().poolInUse();
        assertTrue(Math.abs(last - first) <= 2 * 256 + 64, "pool use drifted during the stall: " + first + " -> " + last);
    }

    /** After the consumer resumes, packets flow again. */
    static void flowsAgainAfterTheStall(TxStallScenario scenario) {
        List<TxStallScenario.Sample> after = scenario.samples.stream()
                .filter(s -> s.elapsed() >= TxStallScenario.STALL_UNTIL_NANOS + 100_000_000L).toList();
        assertTrue(after.size() >= 2, "too few samples after the stall");
        assertTrue(after.getLast().tx() > after.getFirst().tx(), "nothing forwarded after the stall ended");
    }
}
