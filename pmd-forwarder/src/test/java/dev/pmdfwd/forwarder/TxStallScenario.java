package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.Eal;
import dev.pmdfwd.dpdk.EthDev;
import dev.pmdfwd.dpdk.PacketPool;
import dev.pmdfwd.dpdk.fastpath.EthRxQueue;
import dev.pmdfwd.dpdk.fastpath.MbufArray;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_conf;
import dev.pmdfwd.eal.PortPairs;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * A TX side that cannot keep up, made of rings: port 0 is net_null (an endless source), port 1 a ring
 * port whose tx ring is drained only by port 2 (another ring port reading the same ring), which the
 * test polls from the control thread, and stops polling during the stall. The forwarder bridges 0 and 1.
 */
final class TxStallScenario {
    static final int RING = 1024;
    /** Phases, by control ticks (10 ms each): flowing, stalled, flowing again. */
    static final long STALL_FROM_NANOS = 500_000_000L;
    static final long STALL_UNTIL_NANOS = 1_500_000_000L;
    static final long END_NANOS = 2_000_000_000L;

    record Sample(long elapsed, long rx, long tx, long dropped, int poolInUse, int poolAvailable) {
    }

    final List<Sample> samples = new ArrayList<>();
    /** Stop while the consumer is stalled, instead of after it resumed. */
    private final boolean endDuringStall;
    private final int mbufs;
    private final int mbufCache;
    private MbufArray drainArray;
    private EthRxQueue drain;
    long drained;

    TxStallScenario() {
        this(false);
    }

    TxStallScenario(boolean endDuringStall) {
        this(endDuringStall, 8191, 256);
    }

    TxStallScenario(boolean endDuringStall, int mbufs, int mbufCache) {
        this.endDuringStall = endDuringStall;
        this.mbufs = mbufs;
        this.mbufCache = mbufCache;
    }

    static void initEal() {
        InProcessEal.init("net_null0");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment toForwarder = ring(arena, "stall_rx");
            MemorySegment fromForwarder = ring(arena, "stall_tx");
            MemorySegment unused = ring(arena, "drain_tx");
            ringPort(arena, "stall", toForwarder, fromForwarder);
            ringPort(arena, "drain", fromForwarder, unused);
        }
    }

    RunResult run(TxRetryPolicy policy) {
        startDrainPort();
        ForwarderConfig config = new ForwarderConfig(firstTwoPorts(),
                new PortSettings(1, 0, 512, 512, 1518, 2176), 32, mbufs, mbufCache, policy,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, IdleMode.BUSY, java.util.Optional.empty());
        try (Arena arena = Arena.ofConfined()) {
            drainArray = new MbufArray(arena, 64);
            return Forwarder.run(config, new StopSignal(), new ControlListener() {
                @Override
                public void tick(Forwarder running, long elapsed) {
                    boolean stalled = elapsed >= STALL_FROM_NANOS && elapsed < STALL_UNTIL_NANOS;
                    if (!stalled) {
                        drainRing();
                    }
                    Stream toRing = running.streams().get(0);
                    samples.add(new Sample(elapsed, toRing.counters().rx(), toRing.counters().tx(),
                            toRing.counters().droppedTotal(), running.pool().inUse(), running.pool().available()));
                    if (elapsed >= (endDuringStall ? STALL_UNTIL_NANOS - 200_000_000L : END_NANOS)) {
                        running.stopSignal().stop("scenario over");
                    }
                }

                @Override
                public void loopsStopped(Forwarder stopped) {
                    drainRing(); // the consumer takes what is left, while the pool still exists
                }
            });
        } finally {
            EthDev.stop(2);
            EthDev.close(2);
            Eal.cleanup();
        }
    }

    private static PortPairs firstTwoPorts() {
        try {
            return PortPairs.parse("0:1"); // port 2, the drain, is the test's
        } catch (dev.pmdfwd.eal.LaunchException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes everything the forwarder put in the ring, as a consumer would, and frees it. */
    private void drainRing() {
        if (drain == null) {
            drain = EthRxQueue.of(2, 0);
        }
        int n;
        do {
            n = drain.burst(drainArray.address(), drainArray.capacity());
            drainArray.free(0, n);
            drained += n;
        } while (n > 0);
    }

    /** Samples taken while the ring was stalled, skipping the first 100 ms while it filled. */
    List<Sample> stalled() {
        return samples.stream().filter(s -> s.elapsed() >= STALL_FROM_NANOS + 100_000_000L
                && s.elapsed() < STALL_UNTIL_NANOS).toList();
    }

    private static void startDrainPort() {
        try (Arena arena = Arena.ofConfined()) {
            DpdkException.check(dpdk_h.rte_eth_dev_configure((short) 2, (short) 1, (short) 1, rte_eth_conf.allocate(arena)), "drain configure");
            // ring ports hand out the mbufs enqueued on their ring; ethdev still insists on a pool
            PacketPool pool = PacketPool.create("drain_pool", 511, 0, 2176, dpdk_h.SOCKET_ID_ANY());
            DpdkException.check(dpdk_h.rte_eth_rx_queue_setup((short) 2, (short) 0, (short) RING, 0, MemorySegment.NULL,
                    pool.pointer()), "drain rx");
            DpdkException.check(dpdk_h.rte_eth_tx_queue_setup((short) 2, (short) 0, (short) RING, 0, MemorySegment.NULL), "drain tx");
            EthDev.start(2);
        }
    }

    private static MemorySegment ring(Arena arena, String name) {
        MemorySegment ring = dpdk_h.rte_ring_create(arena.allocateFrom(name), RING, dpdk_h.SOCKET_ID_ANY(), 0);
        if (ring.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("rte_ring_create " + name + " failed");
        }
        return ring;
    }

    private static void ringPort(Arena arena, String name, MemorySegment rx, MemorySegment tx) {
        MemorySegment rxs = arena.allocateFrom(ADDRESS, rx);
        MemorySegment txs = arena.allocateFrom(ADDRESS, tx);
        DpdkException.check(dpdk_h.rte_eth_from_rings(arena.allocateFrom(name), rxs, 1, txs, 1, 0), "rte_eth_from_rings " + name);
    }
}
