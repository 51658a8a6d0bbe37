package dev.pmdfwd.dpdk.fastpath;

import dev.pmdfwd.dpdk.gen.dpdk_h;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * {@code rte_eth_rx_burst(port, queue, pkts, n)} from rte_ethdev.h (DPDK 22.11), which is static inline
 * and so has no symbol: call the PMD's rx function on {@code rxq.data[queue]}, then, if an rx callback
 * is installed on the queue (pdump, latencystats, rte_eth_add_rx_callback), run the callbacks through
 * the exported {@code rte_eth_call_rx_callbacks}, exactly as the inline does. Allocation-free; one
 * instance per polled queue, created after rte_eth_dev_start.
 */
public final class EthRxQueue {
    /** uint16_t rte_eth_call_rx_callbacks(uint16_t, uint16_t, struct rte_mbuf **, uint16_t, uint16_t, void *) */
    private static final MethodHandle CALL_RX_CALLBACKS = Linker.nativeLinker().downcallHandle(
            dpdk_h.rte_eth_call_rx_callbacks$address(),
            FunctionDescriptor.of(JAVA_SHORT, JAVA_SHORT, JAVA_SHORT, JAVA_LONG, JAVA_SHORT, JAVA_SHORT, JAVA_LONG));
    /** The inline's {@code __atomic_load_n(&clbk[queue], __ATOMIC_RELAXED)}. */
    private static final VarHandle CALLBACK = JAVA_LONG.varHandle();

    private final int port;
    private final int queue;
    private final MemorySegment burst;
    private final long queueData;
    private final MemorySegment callbackSlot;

    private EthRxQueue(int port, int queue, FastPathOps ops) {
        this.port = port;
        this.queue = queue;
        this.burst = ops.burst();
        this.queueData = ops.queueData();
        this.callbackSlot = ops.callbackSlot();
    }

    /** Binds rx queue {@code queue} of started port {@code port}. */
    public static EthRxQueue of(int port, int queue) {
        return new EthRxQueue(port, queue, FastPathOps.rx(port, queue));
    }

    /**
     * Receives up to {@code n} packets into the {@code struct rte_mbuf *} array at address {@code pkts}.
     * Returns how many arrived.
     */
    public int burst(long pkts, int n) {
        int received = BurstFunction.invoke(burst, queueData, pkts, n);
        long callback = callbackSlot.address() == 0 ? 0 : (long) CALLBACK.getOpaque(callbackSlot, 0L);
        if (callback != 0) {
            received = callCallbacks(pkts, received, n, callback);
        }
        return received;
    }

    public int port() {
        return port;
    }

    public int queue() {
        return queue;
    }

    private int callCallbacks(long pkts, int received, int n, long callback) {
        try {
            return Short.toUnsignedInt((short) CALL_RX_CALLBACKS.invokeExact(
                    (short) port, (short) queue, pkts, (short) received, (short) n, callback));
        } catch (Throwable t) {
            throw new AssertionError("rte_eth_call_rx_callbacks failed", t);
        }
    }

    @Override
    public String toString() {
        return "rx port " + port + " queue " + queue;
    }
}
