package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.fastpath.EthRxQueue;
import dev.pmdfwd.dpdk.fastpath.EthTxQueue;
import dev.pmdfwd.dpdk.fastpath.MbufArray;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_conf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EAL with two net_null ports: bursts forwarded both ways through the Java fast path, on the main
 * lcore and on a worker lcore launched by upcall, and the ports' own counters agree with Java's.
 */
class NullPortSmokeTest {
    private static final int BURST = 32;
    private static PacketPool pool;

    @BeforeAll
    static void bringUp() {
        Eal.init("smoke", TestEal.args("0-1", "net_null0", "net_null1"));
        pool = PacketPool.create("smoke", 8191, 256, dpdk_h.RTE_MBUF_DEFAULT_BUF_SIZE(), dpdk_h.SOCKET_ID_ANY());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment conf = rte_eth_conf.allocate(arena); // zeroed: no RSS, default MTU, no offloads
            for (int port : EthDev.ports()) {
                DpdkException.check(dpdk_h.rte_eth_dev_configure((short) port, (short) 1, (short) 1, conf), "configure");
                DpdkException.check(dpdk_h.rte_eth_rx_queue_setup((short) port, (short) 0, (short) 512,
                        EthDev.socketId(port), MemorySegment.NULL, pool.pointer()), "rx queue");
                DpdkException.check(dpdk_h.rte_eth_tx_queue_setup((short) port, (short) 0, (short) 512,
                        EthDev.socketId(port), MemorySegment.NULL), "tx queue");
                EthDev.start(port);
            }
        }
    }

    @AfterAll
    static void tearDown() {
        for (int port : EthDev.ports()) {
            EthDev.stop(port);
            EthDev.close(port);
        }
        pool.close();
        Eal.cleanup();
    }

    @Test
    void portsAreTheTwoNullDevices() {
        assertEquals(List.of(0, 1), EthDev.ports());
        assertEquals("net_null0", EthDev.name(0));
        assertEquals("net_null1", EthDev.name(1));
        assertEquals("net_null", EthDev.info(0).driverName());
        assertTrue(EthDev.link(0).up(), "net_null links are up once started: " + EthDev.link(0));
        assertEquals(2, Eal.lcoreCount());
        assertEquals(List.of(1), Eal.workerLcores());
    }

    @Test
    void forwardsBothWaysAndThePortCountersAgree() {
        EthDev.resetStats(0);
        EthDev.resetStats(1);
        long[] moved = forward(10_000);
        EthStats s0 = EthDev.stats(0);
        EthStats s1 = EthDev.stats(1);
        assertTrue(moved[0] > 0 && moved[2] > 0, "nothing received");
        assertEquals(moved[0], s0.ipackets(), "port 0 rx");
        assertEquals(moved[1], s1.opackets(), "port 1 tx");
        assertEquals(moved[2], s1.ipackets(), "port 1 rx");
        assertEquals(moved[3], s0.opackets(), "port 0 tx");
        // net_null keeps no ring of mbufs: with every burst sent or freed, none is out of the pool
        assertEquals(0, pool.inUse(), "mbufs leaked");
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            EthDevSampler sampler = new EthDevSampler(arena);
            assertEquals(0, sampler.readStats(1));
            assertEquals(s1.ipackets(), sampler.ipackets(), "the sampler reads what EthDev.stats reads");
            assertEquals(s1.opackets(), sampler.opackets());
            assertEquals(0, sampler.readLink(1));
            assertTrue(sampler.linkUp(), "net_null1's link as sampled: " + sampler.link());
            assertEquals(-19, sampler.readStats(31), "a port that does not exist: -ENODEV");
        }
    }

    @Test
    void aWorkerLcoreForwardsThroughAnUpcall() {
        EthDev.resetStats(0);
        long[][] result = new long[1][];
        LcoreLauncher.launch(1, lcore -> {
            result[0] = forward(5_000);
            return lcore;
        });
        assertEquals(1, LcoreLauncher.await(1));
        assertEquals(result[0][0], EthDev.stats(0).ipackets());
    }

    @Test
    void anExceptionOnAWorkerComesBackToTheCaller() {
        LcoreLauncher.launch(1, lcore -> {
            throw new IllegalStateException("boom on " + lcore);
        });
        DpdkException e = assertThrows(DpdkException.class, () -> LcoreLauncher.await(1));
        assertTrue(e.getMessage().contains("boom on 1"), e.getMessage());
        // and the lcore is usable again
        LcoreLauncher.launch(1, lcore -> 7);
        assertEquals(7, LcoreLauncher.await(1));
    }

    @Test
    void rteErrnoIsReadable() {
        assertEquals(-1, dpdk_h.rte_eal_init(0, MemorySegment.NULL));
        assertEquals(114, RteErrno.get(), "a second rte_eal_init fails with EALREADY");
        assertTrue(RteErrno.describe(114).contains("114"));
    }

    /** Returns {rx on 0, tx on 1, rx on 1, tx on 0}; frees whatever a tx does not take. */
    private static long[] forward(int iterations) {
        long[] moved = new long[4];
        try (Arena arena = Arena.ofConfined()) {
            MbufArray pkts = new MbufArray(arena, BURST);
            EthRxQueue[] rx = {EthRxQueue.of(0, 0), EthRxQueue.of(1, 0)};
            EthTxQueue[] tx = {EthTxQueue.of(1, 0), EthTxQueue.of(0, 0)};
            for (int i = 0; i < iterations; i++) {
                for (int d = 0; d < 2; d++) {
                    int n = rx[d].burst(pkts.address(), BURST);
                    int sent = tx[d].burst(pkts.address(), n);
                    pkts.free(sent, n - sent);
                    moved[2 * d] += n;
                    moved[2 * d + 1] += sent;
                }
            }
        }
        return moved;
    }
}
