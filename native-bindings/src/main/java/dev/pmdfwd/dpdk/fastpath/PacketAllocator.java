package dev.pmdfwd.dpdk.fastpath;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.PacketPool;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_mbuf;
import dev.pmdfwd.dpdk.gen.rte_mempool;
import dev.pmdfwd.dpdk.gen.rte_mempool_ops;
import dev.pmdfwd.dpdk.gen.rte_mempool_ops_table;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;

/**
 * {@code rte_pktmbuf_alloc_bulk} (rte_mbuf.h), static inline there, for a traffic generator. The get
 * goes straight to the pool's ops, as rte_mempool_ops_dequeue_bulk (rte_mempool.h) does:
 * {@code rte_mempool_ops_table.ops[mp->ops_index].dequeue(mp, objs, n)}, all or nothing. This skips the
 * per-lcore cache, which is what rte_mempool_generic_get does for a caller without one, so it is valid
 * from any thread; give the pool no cache (cacheSize 0) so that frees do not pile up in one. Each mbuf
 * is then reset as rte_pktmbuf_reset does. Allocation-free; mbufs are addressed raw.
 */
public final class PacketAllocator {
    /** rte_mempool_dequeue_t: int (*)(struct rte_mempool *mp, void **obj_table, unsigned int n). Non-blocking. */
    private static final MethodHandle DEQUEUE = Linker.nativeLinker().downcallHandle(
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT), Linker.Option.critical(false));
    /** Every address: mbufs are read and written at their raw addresses without a segment per mbuf. */
    static final MemorySegment MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private static final long BUF_ADDR = rte_mbuf.buf_addr$offset();
    private static final long DATA_OFF = rte_mbuf.data_off$offset();
    private static final long NB_SEGS = rte_mbuf.nb_segs$offset();
    private static final long PORT = rte_mbuf.port$offset();
    private static final long OL_FLAGS = rte_mbuf.ol_flags$offset();
    private static final long PACKET_TYPE = rte_mbuf.packet_type$offset();
    private static final long PKT_LEN = rte_mbuf.pkt_len$offset();
    private static final long DATA_LEN = rte_mbuf.data_len$offset();
    private static final long VLAN_TCI = rte_mbuf.vlan_tci$offset();
    private static final long VLAN_TCI_OUTER = rte_mbuf.vlan_tci_outer$offset();
    private static final long BUF_LEN = rte_mbuf.buf_len$offset();
    private static final long NEXT = rte_mbuf.next$offset();
    private static final long TX_OFFLOAD = rte_mbuf.tx_offload$offset();

    private final MemorySegment dequeue;
    private final long pool;

    private PacketAllocator(MemorySegment dequeue, long pool) {
        this.dequeue = dequeue;
        this.pool = pool;
    }

    public static PacketAllocator of(PacketPool pool) {
        MemorySegment mp = pool.pointer().reinterpret(rte_mempool.sizeof());
        int index = rte_mempool.ops_index(mp);
        if (index < 0 || index >= dpdk_h.RTE_MEMPOOL_MAX_OPS_IDX()) {
            throw new DpdkException("mbuf pool '" + pool.name() + "' has no valid ops index (" + index + ")", 22);
        }
        MemorySegment ops = rte_mempool_ops.asSlice(rte_mempool_ops_table.ops(dpdk_h.rte_mempool_ops_table()), index);
        MemorySegment dequeue = rte_mempool_ops.dequeue(ops);
        if (dequeue.equals(MemorySegment.NULL)) {
            throw new DpdkException("mbuf pool '" + pool.name() + "' has no dequeue operation", 22);
        }
        return new PacketAllocator(MemorySegment.ofAddress(dequeue.address()), pool.pointer().address());
    }

    /**
     * Fills {@code n} slots at address {@code pkts} with fresh single-segment mbufs, each holding
     * {@code length} bytes of (stale) data at the default headroom. All or nothing: false, and no mbuf
     * taken, when the pool has fewer than {@code n}.
     */
    public boolean allocate(long pkts, int n, int length) {
        int rc;
        try {
            rc = (int) DEQUEUE.invokeExact(dequeue, pool, pkts, n);
        } catch (Throwable t) {
            throw new AssertionError("mempool dequeue failed", t);
        }
        if (rc != 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            reset(MEMORY.get(JAVA_LONG_UNALIGNED, pkts + 8L * i), length);
        }
        return true;
    }

    /** The data of mbuf {@code m}: {@code rte_pktmbuf_mtod(m, void *)}, i.e. buf_addr + data_off. */
    public static long data(long m) {
        return MEMORY.get(JAVA_LONG_UNALIGNED, m + BUF_ADDR) + Short.toUnsignedLong(MEMORY.get(JAVA_SHORT_UNALIGNED, m + DATA_OFF));
    }

    /** {@code m->data_len}: bytes in this segment. */
    public static int dataLength(long m) {
        return Short.toUnsignedInt(MEMORY.get(JAVA_SHORT_UNALIGNED, m + DATA_LEN));
    }

    /** The memory mbufs and their data are read and written through, at raw addresses. */
    public static MemorySegment memory() {
        return MEMORY;
    }

    /** rte_pktmbuf_reset (rte_mbuf.h), then data_len = pkt_len = length. */
    private static void reset(long m, int length) {
        MEMORY.set(JAVA_LONG_UNALIGNED, m + NEXT, 0L);
        MEMORY.set(JAVA_INT_UNALIGNED, m + PKT_LEN, length);
        MEMORY.set(JAVA_LONG_UNALIGNED, m + TX_OFFLOAD, 0L);
        MEMORY.set(JAVA_SHORT_UNALIGNED, m + VLAN_TCI, (short) 0);
        MEMORY.set(JAVA_SHORT_UNALIGNED, m + VLAN_TCI_OUTER, (short) 0);
        MEMORY.set(JAVA_SHORT_UNALIGNED, m + NB_SEGS, (short) 1);
        MEMORY.set(JAVA_SHORT_UNALIGNED, m + PORT, (short) dpdk_h.RTE_MBUF_PORT_INVALID());
        long flags = MEMORY.get(JAVA_LONG_UNALIGNED, m + OL_FLAGS);
        MEMORY.set(JAVA_LONG_UNALIGNED, m + OL_FLAGS, flags & dpdk_h.RTE_MBUF_F_EXTERNAL());
        MEMORY.set(JAVA_INT_UNALIGNED, m + PACKET_TYPE, 0);
        // rte_pktmbuf_reset_headroom: RTE_MIN(RTE_PKTMBUF_HEADROOM, m->buf_len)
        int bufLen = Short.toUnsignedInt(MEMORY.get(JAVA_SHORT_UNALIGNED, m + BUF_LEN));
        MEMORY.set(JAVA_SHORT_UNALIGNED, m + DATA_OFF, (short) Math.min(dpdk_h.RTE_PKTMBUF_HEADROOM(), bufLen));
        MEMORY.set(JAVA_SHORT_UNALIGNED, m + DATA_LEN, (short) length);
    }
}
