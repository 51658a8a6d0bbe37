package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.fastpath.EthRxQueue;
import dev.pmdfwd.dpdk.fastpath.EthTxQueue;
import dev.pmdfwd.dpdk.fastpath.MbufArray;
import dev.pmdfwd.dpdk.fastpath.PacketAllocator;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_conf;
import dev.pmdfwd.dpdk.gen.rte_mbuf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PacketAllocator against a real pool: mbufs come out reset as rte_pktmbuf_reset leaves them, the pool
 * counts them in use, a request larger than what is left takes nothing, and the bytes written into them
 * come back unchanged through a net_ring port whose tx ring is its own rx ring.
 */
class PacketAllocatorTest {
    private static final int POOL = 64;
    private static final Arena ARENA = Arena.ofShared();
    private static PacketPool pool;

    @BeforeAll
    static void bringUp() {
        Eal.init("alloc", TestEal.args("0"));
        pool = PacketPool.create("alloc", POOL, 0, dpdk_h.RTE_MBUF_DEFAULT_BUF_SIZE(), dpdk_h.SOCKET_ID_ANY());
        MemorySegment ring = dpdk_h.rte_ring_create(ARENA.allocateFrom("loop"), 256, dpdk_h.SOCKET_ID_ANY(), 0);
        assertFalse(ring.equals(MemorySegment.NULL), "rte_ring_create");
        MemorySegment rings = ARENA.allocateFrom(ADDRESS, ring);
        DpdkException.check(dpdk_h.rte_eth_from_rings(ARENA.allocateFrom("net_ring_loop"), rings, 1, rings, 1, 0), "from_rings");
        MemorySegment conf = rte_eth_conf.allocate(ARENA);
        DpdkException.check(dpdk_h.rte_eth_dev_configure((short) 0, (short) 1, (short) 1, conf), "configure");
        DpdkException.check(dpdk_h.rte_eth_rx_queue_setup((short) 0, (short) 0, (short) 256, 0, MemorySegment.NULL,
                pool.pointer()), "rx queue");
        DpdkException.check(dpdk_h.rte_eth_tx_queue_setup((short) 0, (short) 0, (short) 256, 0, MemorySegment.NULL), "tx queue");
        EthDev.start(0);
    }

    @AfterAll
    static void tearDown() {
        EthDev.stop(0);
        EthDev.close(0);
        pool.close();
        Eal.cleanup();
    }

    @Test
    void mbufsComeOutResetAndCountedAndAllOrNothing() {
        PacketAllocator allocator = PacketAllocator.of(pool);
        MbufArray pkts = new MbufArray(ARENA, POOL);
        // dirty every mbuf the way an earlier user could have left it, then give them all back
        assertTrue(allocator.allocate(pkts.address(), POOL, 60));
        assertEquals(POOL, pool.inUse());
        for (int i = 0; i < POOL; i++) {
            MemorySegment dirty = MemorySegment.ofAddress(pkts.get(i)).reinterpret(rte_mbuf.sizeof());
            rte_mbuf.vlan_tci(dirty, (short) 7);
            rte_mbuf.tx_offload(dirty, 0x1234L);
            rte_mbuf.data_off(dirty, (short) 0);
            rte_mbuf.pkt_len(dirty, 999);
            rte_mbuf.ol_flags(dirty, 0x81L); // RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_RX_IP_CKSUM_GOOD, as an rx leaves them
        }
        pkts.free(0, POOL);
        assertEquals(0, pool.inUse());

        assertTrue(allocator.allocate(pkts.address(), 40, 100));
        assertEquals(40, pool.inUse());
        for (int i = 0; i < 40; i++) {
            MemorySegment m = MemorySegment.ofAddress(pkts.get(i)).reinterpret(rte_mbuf.sizeof());
            assertEquals(dpdk_h.RTE_PKTMBUF_HEADROOM(), rte_mbuf.data_off(m), "data_off of mbuf " + i);
            assertEquals(100, rte_mbuf.data_len(m));
            assertEquals(100, rte_mbuf.pkt_len(m));
            assertEquals(1, rte_mbuf.nb_segs(m));
            assertEquals(1, rte_mbuf.refcnt(m));
            assertEquals(0, rte_mbuf.vlan_tci(m));
            assertEquals(0L, rte_mbuf.tx_offload(m));
            assertEquals(0L, rte_mbuf.ol_flags(m));
            assertEquals(MemorySegment.NULL, rte_mbuf.next(m));
            assertEquals(pool.pointer(), rte_mbuf.pool(m));
            assertEquals(rte_mbuf.buf_addr(m).address() + dpdk_h.RTE_PKTMBUF_HEADROOM(), PacketAllocator.data(pkts.get(i)));
        }
        // 24 are left: asking for 25 takes none
        assertFalse(allocator.allocate(pkts.addressOf(40), 25, 100));
        assertEquals(40, pool.inUse());
        pkts.free(0, 40);
        assertEquals(0, pool.inUse());
    }

    @Test
    void writtenBytesComeBackThroughAPort() {
        PacketAllocator allocator = PacketAllocator.of(pool);
        MbufArray out = new MbufArray(ARENA, 8);
        MbufArray in = new MbufArray(ARENA, 8);
        assertTrue(allocator.allocate(out.address(), 8, 64));
        byte[][] sent = new byte[8][64];
        for (int i = 0; i < 8; i++) {
            for (int b = 0; b < 64; b++) {
                sent[i][b] = (byte) (i * 31 + b);
            }
            MemorySegment.copy(sent[i], 0, PacketAllocator.memory(), JAVA_BYTE, PacketAllocator.data(out.get(i)), 64);
        }
        assertEquals(8, EthTxQueue.of(0, 0).burst(out.address(), 8));
        assertEquals(8, EthRxQueue.of(0, 0).burst(in.address(), 8));
        for (int i = 0; i < 8; i++) {
            long m = in.get(i);
            assertEquals(64, PacketAllocator.dataLength(m));
            byte[] got = new byte[64];
            MemorySegment.copy(PacketAllocator.memory(), JAVA_BYTE, PacketAllocator.data(m), got, 0, 64);
            assertArrayEquals(sent[i], got, "frame " + i);
        }
        in.free(0, 8);
        assertEquals(0, pool.inUse());
    }
}
