package dev.pmdfwd.eal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner against this machine's real /sys and /proc. */
class LiveSystemTest {
    private final SystemView live = SystemView.live();

    @Test
    void cpuZeroIsOnlineAndPlansWork() throws LaunchException {
        assertTrue(live.onlineCpus().contains(0), live.onlineCpus().toString());
        // Works with or without hugepages: without, it falls back to --no-huge.
        LaunchPlan plan = LaunchPlanner.plan(List.of("-l", "0", "--vdev", "net_null0", "--vdev", "net_null1"), AppDemand.defaults(), live);
        assertTrue(plan.lcores().contains(0));
        assertTrue(plan.ealArgv().contains("--no-huge") || plan.ealArgv().contains("--in-memory"), plan.ealArgv().toString());
    }

    @Test
    void core4096IsRefused() {
        LaunchException e = assertThrows(LaunchException.class,
                () -> LaunchPlanner.plan(List.of("-l", "4096", "--vdev", "net_null0", "--vdev", "net_null1"), AppDemand.defaults(), live));
        assertTrue(e.getMessage().startsWith("-l 4096"), e.getMessage());
    }

    @Test
    void lcoreMappedToAnAbsentCpuIsRefused() {
        // cpu 4095 is not online on any machine this runs on
        LaunchException e = assertThrows(LaunchException.class,
                () -> LaunchPlanner.plan(List.of("--lcores", "0@4095", "--vdev", "net_null0", "--vdev", "net_null1"), AppDemand.defaults(), live));
        assertTrue(e.getMessage().contains("not online on this machine"), e.getMessage());
    }

    @Test
    void hugepageViewIsConsistent() {
        for (SystemView.HugepagePool pool : live.hugepagePools()) {
            assertTrue(pool.free() <= pool.total(), pool.toString());
            assertTrue(Long.bitCount(pool.pageSizeBytes()) == 1, pool.toString());
        }
        for (SystemView.HugetlbfsMount mount : live.hugetlbfsMounts()) {
            assertTrue(mount.mountPoint().isAbsolute(), mount.toString());
        }
    }

    @Test
    void fileChecksSeeRealFiles() {
        assertTrue(live.isReadableFile(Path.of("/proc/self/status")));
        assertTrue(live.exists(Path.of("/proc")));
        assertFalse(live.exists(Path.of("/nonexistent/for/sure")));
        assertTrue(live.networkInterfaceExists("lo"));
        assertFalse(live.networkInterfaceExists("nosuchif0"));
    }

    @Test
    void mountPathsAreUnescaped() {
        assertTrue(LiveSystemView.unescapeMountPath("/mnt/huge\\040pages").equals("/mnt/huge pages"));
        assertTrue(LiveSystemView.parseBinarySize("2M") == 2L << 20);
        assertTrue(LiveSystemView.parseBinarySize("1G") == 1L << 30);
        assertTrue(LiveSystemView.pageSizeOption("rw,relatime,pagesize=1024M").orElseThrow() == 1L << 30);
    }
}
