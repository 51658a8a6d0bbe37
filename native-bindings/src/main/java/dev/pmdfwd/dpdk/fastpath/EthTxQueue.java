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
 * {@code rte_eth_tx_burst(port, queue, pkts, n)} from rte_ethdev.h (DPDK 22.11), static inline there:
 * tx callbacks first (through the exported {@code rte_eth_call_tx_callbacks}, only when one is
 * installed on the queue), then the PMD's tx function on {@code txq.data[queue]}. Returns how many
 * packets the driver took; the caller owns the rest. Allocation-free.
 */
public final class EthTxQueue {
    /** uint16_t rte_eth_call_tx_callbacks(uint16_t, uint16_t, struct rte_mbuf **, uint16_t, void *) */
    private static final MethodHandle CALL_TX_CALLBACKS = Linker.nativeLinker().downcallHandle(
            dpdk_h.rte_eth_call_tx_callbacks$address(),
            FunctionDescriptor.of(JAVA_SHORT, JAVA_SHORT, JAVA_SHORT, JAVA_LONG, JAVA_SHORT, JAVA_LONG));
    private static final VarHandle CALLBACK = JAVA_LONG.varHandle();

    private final int port;
    private final int queue;
    private final MemorySegment burst;
    private final long queueData;
    private final MemorySegment callbackSlot;

    private EthTxQueue(int port, int queue, FastPathOps ops) {
        this.port = port;
        this.queue = queue;
        this.burst = ops.burst();
        this.queueData = ops.queueData();
        this.callbackSlot = ops.callbackSlot();
    }

    /** Binds tx queue {@code queue} of started port {@code port}. */
    public static EthTxQueue of(int port, int queue) {
        return new EthTxQueue(port, queue, FastPathOps.tx(port, queue));
    }

    /** Offers {@code n} packets from the array at address {@code pkts}; returns how many were taken. */
    public int burst(long pkts, int n) {
        long callback = callbackSlot.address() == 0 ? 0 : (long) CALLBACK.getOpaque(callbackSlot, 0L);
        if (callback != 0) {
            n = callCallbacks(pkts, n, callback);
        }
        return BurstFunction.invoke(burst, queueData, pkts, n);
    }

    public int port() {
        return port;
    }

    public int queue() {
        return queue;
    }

    private int callCallbacks(long pkts, int n, long callback) {
        try {
            return Short.toUnsignedInt((short) CALL_TX_CALLBACKS.invokeExact(
                    (short) port, (short) queue, pkts, (short) n, callback));
        } catch (Throwable t) {
            throw new AssertionError("rte_eth_call_tx_callbacks failed", t);
        }
    }

    @Override
    public String toString() {
        return "tx port " + port + " queue " + queue;
    }
}
