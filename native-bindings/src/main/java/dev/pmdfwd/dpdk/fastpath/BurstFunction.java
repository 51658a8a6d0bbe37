package dev.pmdfwd.dpdk.fastpath;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * One downcall handle for every PMD burst function: rte_ethdev_core.h's eth_rx_burst_t and
 * eth_tx_burst_t share the signature {@code uint16_t (*)(void *queue, struct rte_mbuf **pkts, uint16_t n)}.
 * The handle is address-less (the function pointer is its first argument), so it is a static final
 * constant the JIT inlines whatever port it serves. Pointers are passed as raw 64-bit addresses, which
 * lets a caller transmit from the middle of its mbuf array without creating a segment.
 * {@code critical}: a burst neither blocks nor calls back into Java, so the thread-state transition is
 * skipped (~2 ns instead of ~4 ns per call).
 */
final class BurstFunction {
    static final MethodHandle BURST = Linker.nativeLinker().downcallHandle(
            FunctionDescriptor.of(JAVA_SHORT, JAVA_LONG, JAVA_LONG, JAVA_SHORT),
            Linker.Option.critical(false));

    private BurstFunction() {
    }

    static int invoke(MemorySegment function, long queue, long pkts, int n) {
        try {
            return Short.toUnsignedInt((short) BURST.invokeExact(function, queue, pkts, (short) n));
        } catch (Throwable t) {
            throw new AssertionError("burst downcall failed", t);
        }
    }
}
