package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.Eal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data path allocates nothing: after warm-up, the forwarding lcore's thread allocates 0 bytes over
 * more than a million bursts (HotSpot's per-thread allocation counter), net_null <-> net_null, with
 * counters and histograms on.
 */
class ZeroAllocationTest {
    /**
     * Measured here: a one-off ~100 bytes when C2 recompiles the loop about 1 s (3M bursts) in, then
     * 0 over 28M bursts. Warm up well past that.
     */
    private static final long WARMUP_BURSTS = 6_000_000;
    private static final long MEASURED_BURSTS = 2_000_000;

    @BeforeAll
    static void eal() {
        InProcessEal.init("net_null0", "net_null1");
    }

    @AfterAll
    static void cleanup() {
        Eal.cleanup();
    }

    @Test
    void theForwardingThreadAllocatesNothing() throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] window = new long[4]; // bursts at start, bytes at start, bursts at end, bytes at end
        ForwarderConfig config = InProcessEal.nullPairConfig(Duration.ZERO, java.util.Optional.empty());
        RunResult result = Forwarder.run(config, new StopSignal(), (running, elapsed) -> {
            BurstLoop loop = running.loops().get(1);
            long tid = loop.threadId();
            if (tid < 0) {
                return;
            }
            long bursts = running.streams().stream().mapToLong(s -> s.counters().bursts()).sum();
            if (window[0] == 0 && bursts >= WARMUP_BURSTS) {
                window[0] = bursts;
                window[1] = threads.getThreadAllocatedBytes(tid);
            } else if (window[0] > 0 && bursts - window[0] >= MEASURED_BURSTS) {
                window[3] = threads.getThreadAllocatedBytes(tid);
                window[2] = bursts;
                running.stopSignal().stop("measured");
            }
        });
        assertEquals("measured", result.stopReason(), "the run ended before the window was measured");
        assertTrue(window[2] - window[0] >= MEASURED_BURSTS, "bursts measured: " + (window[2] - window[0]));
        assertTrue(window[1] >= 0, "per-thread allocation counting is unsupported here");
        assertEquals(0, window[3] - window[1], "bytes allocated by the forwarding thread over "
                + (window[2] - window[0]) + " bursts");
        assertTrue(result.conservationViolations().isEmpty(), result.conservationViolations().toString());
    }
}
