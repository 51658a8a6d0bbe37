package dev.pmdfwd.dpdk.fastpath;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_fp_ops;
import dev.pmdfwd.dpdk.gen.rte_ethdev_qdata;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * Reads a queue's entry of {@code rte_eth_fp_ops[port]} (rte_ethdev_core.h) as rte_eth_rx_burst and
 * rte_eth_tx_burst do (rte_ethdev.h): the burst function pointer, {@code rxq/txq.data[queue]} and the
 * address of {@code rxq/txq.clbk[queue]}. Valid between rte_eth_dev_start and rte_eth_dev_stop only:
 * ethdev swaps in dummy functions on stop, so read again after every restart.
 */
record FastPathOps(MemorySegment burst, long queueData, MemorySegment callbackSlot) {
    private static final long POINTER = ADDRESS.byteSize();

    static FastPathOps rx(int port, int queue) {
        MemorySegment ops = ops(port);
        return of(rte_eth_fp_ops.rx_pkt_burst(ops), rte_eth_fp_ops.rxq(ops), port, queue, "rx");
    }

    static FastPathOps tx(int port, int queue) {
        MemorySegment ops = ops(port);
        return of(rte_eth_fp_ops.tx_pkt_burst(ops), rte_eth_fp_ops.txq(ops), port, queue, "tx");
    }

    private static MemorySegment ops(int port) {
        if (port < 0 || port >= dpdk_h.RTE_MAX_ETHPORTS()) {
            throw new IllegalArgumentException("port " + port + " is outside 0.." + (dpdk_h.RTE_MAX_ETHPORTS() - 1));
        }
        return rte_eth_fp_ops.asSlice(dpdk_h.rte_eth_fp_ops(), port);
    }

    private static FastPathOps of(MemorySegment burst, MemorySegment qdata, int port, int queue, String dir) {
        MemorySegment data = rte_ethdev_qdata.data(qdata);
        MemorySegment clbk = rte_ethdev_qdata.clbk(qdata);
        if (data.equals(MemorySegment.NULL) || burst.equals(MemorySegment.NULL)) {
            throw new DpdkException("port " + port + " has no " + dir + " fast path: is it started?", 0);
        }
        long queueData = data.reinterpret(POINTER * (queue + 1)).getAtIndex(ADDRESS, queue).address();
        if (queueData == 0) {
            throw new DpdkException("port " + port + " " + dir + " queue " + queue + " is not set up", 0);
        }
        MemorySegment slot = clbk.equals(MemorySegment.NULL)
                ? MemorySegment.NULL
                : MemorySegment.ofAddress(clbk.address() + POINTER * queue).reinterpret(POINTER);
        return new FastPathOps(MemorySegment.ofAddress(burst.address()), queueData, slot);
    }
}
