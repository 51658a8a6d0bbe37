package dev.pmdfwd.eal;

import static dev.pmdfwd.eal.Demands.argv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pool and memory numbers, worked out by hand in each test. */
class SizingTest {
    private static final long MiB = 1L << 20;

    @Test
    void objectSizeFollowsMempoolLayout() {
        // 64 header + 128 rte_mbuf + 2176 data room = 2368 = 37 cache lines, odd already
        assertEquals(2368, PoolSizer.objectBytes(2176));
        // 64 + 128 + 2112 = 2304 = 36 lines, even: spread to 37 lines
        assertEquals(2368, PoolSizer.objectBytes(2112));
        // 64 + 128 + 9000 = 9192 -> 144 lines (even) -> 145 lines = 9280
        assertEquals(9280, PoolSizer.objectBytes(9000));
    }

    @Test
    void defaultLaunchUsesTheFloor() throws LaunchException {
        // 2 ports x (1 x 1024 + 1 x 1024) = 4096, 2 lcores x (250 + 32) = 564, 2 x 1 x 32 = 64: 4724 < 8191
        AppDemand d = AppDemand.defaults();
        assertEquals(4724, PoolSizer.minimumMbufs(d, 2, 2, 1));
        PoolSize pool = PoolSizer.size(d, 2, 2, 1, 2 * MiB);
        assertEquals(8191, pool.mbufs());
        assertEquals(250, pool.cacheSize());
        assertEquals(2176, pool.dataRoom());
    }

    @Test
    void biggerLaunchGoesAboveTheFloor() throws LaunchException {
        // 4 ports, 4 lcores (3 forwarding), rxq 2, txq 0 -> 3 (one per forwarding lcore), rxd 2048, txd 1024, burst 64:
        // 4 x (2 x 2048 + 3 x 1024) = 28672; 4 x (250 + 64) = 1256; 4 x 2 x 64 = 512 -> 30440
        AppDemand d = Demands.queues(2, 0, 2048, 1024, 64);
        assertEquals(3, PoolSizer.txQueues(d, 3));
        assertEquals(30440, PoolSizer.minimumMbufs(d, 4, 4, 3));
        assertEquals(30440, PoolSizer.size(d, 4, 4, 3, 2 * MiB).mbufs());
    }

    @Test
    void singleLcoreStillGetsOneTxQueue() {
        // forwarding lcores 0 (the main lcore forwards): txq 0 means 1 queue, not 0
        AppDemand d = AppDemand.defaults();
        assertEquals(1, PoolSizer.txQueues(d, 0));
        // 2 x (1024 + 1024) + 1 x (250 + 32) + 2 x 32 = 4442
        assertEquals(4442, PoolSizer.minimumMbufs(d, 2, 1, 0));
    }

    @Test
    void overrideMayGoBelowTheFloorButNotBelowTheMinimum() throws LaunchException {
        assertEquals(5000, PoolSizer.size(Demands.mbufs(5000), 2, 2, 1, 2 * MiB).mbufs());
        assertEquals(4724, PoolSizer.size(Demands.mbufs(4724), 2, 2, 1, 2 * MiB).mbufs());
        LaunchException e = assertThrows(LaunchException.class, () -> PoolSizer.size(Demands.mbufs(4723), 2, 2, 1, 2 * MiB));
        assertTrue(e.getMessage().contains("--mbufs 4724"), e.getMessage());
    }

    @Test
    void cacheObeysTheOnePointFiveRule() {
        assertEquals(250, PoolSizer.cacheSize(8191));
        assertEquals(250, PoolSizer.cacheSize(375)); // 250 x 1.5 = 375 <= 375
        assertEquals(200, PoolSizer.cacheSize(300)); // 300 / 1.5
    }

    @Test
    void poolBytesWithHugepages() {
        // 2 MB page holds 2097152 / 2368 = 885 mbufs; 8191 = 9 full pages (7965) + 226 in the last page:
        // 9 x 2097152 + 226 x 2368 = 19409536; ring 384 + 8192 slots x 8 = 65920;
        // header 128 lcores x (64 + 8192) + 4096 = 1060864; total 20536320
        assertEquals(65920, PoolSizer.ringBytes(8191));
        assertEquals(1060864, PoolSizer.POOL_HEADER_BYTES);
        assertEquals(20536320, PoolSizer.poolBytes(8191, 2176, 2 * MiB));
    }

    @Test
    void poolBytesWithoutHugepagesTakeAPagePerMbuf() {
        // a 2368-byte object cannot share a 4 KiB page: 8190 full pages + the last object alone,
        // 8190 x 4096 + 2368 = 33548608, + ring 65920 + header 1060864 = 34675392
        assertEquals(34675392, PoolSizer.poolBytes(8191, 2176, 4096));
    }

    @Test
    void estimatesCoverWhatTestpmdNeeded() {
        // dpdk-testpmd 22.11, 2 lcores, 2 net_null ports (no descriptor memory), one pool: smallest working
        // --no-huge -m and (2 MB hugepages) --socket-limit, in MB, for each pool size. The estimate must cover the
        // measurement without wasting more than 8 MB.
        int[] mbufs = {2048, 8191, 32767, 131071};
        int[] noHugeMb = {20, 44, 140, 525};
        int[] hugeMb = {19, 33, 89, 311};
        for (int i = 0; i < mbufs.length; i++) {
            long small = PoolSizer.poolBytes(mbufs[i], 2176, 4096) + PoolSizer.EAL_BASE_BYTES;
            long huge = PoolSizer.poolBytes(mbufs[i], 2176, 2 * MiB) + PoolSizer.EAL_BASE_BYTES;
            assertTrue(small >= noHugeMb[i] * MiB && small <= (noHugeMb[i] + 8) * MiB, mbufs[i] + " mbufs, no-huge: " + small / MiB);
            assertTrue(huge >= hugeMb[i] * MiB && huge <= (hugeMb[i] + 8) * MiB, mbufs[i] + " mbufs, hugepages: " + huge / MiB);
        }
    }

    @Test
    void planMemoryWithHugepages() throws LaunchException {
        // pool 20536320 + descriptors 2 ports x 2048 x 64 + 2 ports x 2 queues x 4096 = 278528 + base 16 MiB
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1"), AppDemand.defaults(), FakeSystem.standard());
        assertEquals(20536320, plan.pool().bytes());
        assertEquals(20536320L + 278528 + 16 * MiB, plan.memoryNeededBytes());
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    @Test
    void fallbackComputesMegabytesWithHeadroom() throws LaunchException {
        // no-huge: pool 34675392 + 278528 + 16 MiB = 51731136 bytes; + 25% = 64663920 -> 62 MB -> rounded up to 64
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1"), AppDemand.defaults(), FakeSystem.noHugepages());
        assertEquals(51731136, plan.memoryNeededBytes());
        assertEquals(java.util.OptionalInt.of(64), plan.args().memoryMb());
        assertEquals(64, PoolSizer.recommendedNoHugeMb(51731136));
    }

    @Test
    void largerDataRoomCostsMore() throws LaunchException {
        // 9000-byte data room: 9280-byte objects, 225 per 2 MB page: 8191 = 36 full pages (8100) + 91:
        // 36 x 2097152 + 91 x 9280 = 76341952, + 65920 + 1060864 = 77468736
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1"), Demands.dataRoom(9000), FakeSystem.standard());
        assertEquals(77468736, plan.pool().bytes());
    }

    @Test
    void hugepagesTooFewForThePoolFallBack() throws LaunchException {
        // 10 free 2 MB pages = 20 MB < the ~36 MB needed
        FakeSystem few = FakeSystem.standard().hugepages(FakeSystem.MB2, 10, 10);
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1"), AppDemand.defaults(), few);
        assertTrue(plan.args().noHuge());
        assertTrue(plan.warnings().get(0).contains("20 MB of hugepages free"), plan.warnings().get(0));
    }

    @Test
    void mAboveNeedButWithinHugepagesIsFine() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1 -m 512"), AppDemand.defaults(), FakeSystem.standard());
        assertEquals(java.util.OptionalInt.of(512), plan.args().memoryMb());
        assertTrue(plan.warnings().isEmpty());
    }

    @Test
    void mBelowNeedWithDynamicHugepagesIsOnlyANote() throws LaunchException {
        // 22.11 grows past -m from free hugepages (checked with testpmd: -m 20 ran a 32767-mbuf pool)
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1 -m 16"), AppDemand.defaults(), FakeSystem.standard());
        assertEquals(java.util.OptionalInt.of(16), plan.args().memoryMb());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("-m 16 preallocates less")), plan.notes().toString());
    }

    @Test
    void userNoHugeWithoutMGetsOneOnlyWhenTheDefaultIsTooSmall() throws LaunchException {
        // default pool: 51731136 bytes + 25% = 61.7 MB fits EAL's 64 MB --no-huge default, so -m is left out
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1 --no-huge"), AppDemand.defaults(), FakeSystem.standard());
        assertTrue(plan.args().noHuge());
        assertTrue(plan.args().memoryMb().isEmpty(), plan.args().toString());
        // 32767 mbufs: 32766 x 4096 + 2368 + ring (384 + 32768 x 8) + header 1060864 = 135535296; + 278528 + 16 MiB
        // = 152591040; + 25% = 181.9 MB -> 182 -> rounded up to 184
        LaunchPlan big = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1 --no-huge"), Demands.mbufs(32767), FakeSystem.standard());
        assertEquals(java.util.OptionalInt.of(184), big.args().memoryMb());
        assertTrue(big.notes().stream().anyMatch(n -> n.startsWith("added -m 184")), big.notes().toString());
    }
}
