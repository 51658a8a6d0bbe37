package dev.pmdfwd.eal;

import static dev.pmdfwd.eal.Demands.argv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defaults that keep runs from leaking or clashing, and the user's choices they must not override. */
class SafeDefaultsTest {
    private static final String TWO_NULLS = "-l 0-1 --vdev net_null0 --vdev net_null1";

    private static LaunchPlan plan(String eal) throws LaunchException {
        return LaunchPlanner.plan(argv(eal), AppDemand.defaults(), FakeSystem.standard());
    }

    @Test
    void prefixInMemoryAndNoPciAreAdded() throws LaunchException {
        LaunchPlan plan = plan(TWO_NULLS);
        String prefix = plan.args().filePrefix().orElseThrow();
        assertTrue(prefix.matches("pmdfwd-" + ProcessHandle.current().pid() + "-[0-9a-f]{8}"), prefix);
        assertTrue(plan.args().inMemory());
        assertTrue(plan.args().noPci());
        assertEquals(List.of("-l", "0-1", "--in-memory", "--file-prefix", prefix, "--no-pci", "--vdev", "net_null0", "--vdev", "net_null1"),
                plan.ealArgv());
        assertEquals(Optional.of(Path.of("/var/run/dpdk", prefix)), plan.runtimeDirToRemove());
    }

    @Test
    void virtioUserGetsSingleFileSegmentsUnlessMemoryIsNotInFiles() throws LaunchException {
        String virtio = "-l 0-1 --vdev net_virtio_user0,path=/run/new.sock,server=1 --vdev net_null0";
        LaunchPlan plan = plan(virtio);
        assertTrue(plan.args().hasPassthrough("--single-file-segments"), plan.ealArgv().toString());
        assertEquals(1, plan.ealArgv().stream().filter("--single-file-segments"::equals).count());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("added --single-file-segments")), plan.notes().toString());
        assertEquals(1, plan(virtio + " --single-file-segments").ealArgv().stream().filter("--single-file-segments"::equals).count(),
                "not added twice");
        assertFalse(plan(virtio + " --no-huge -m 512").args().hasPassthrough("--single-file-segments"));
        assertFalse(plan(TWO_NULLS).args().hasPassthrough("--single-file-segments"), "only for virtio_user");
    }

    @Test
    void prefixIsUniqueAcrossPlans() throws LaunchException {
        assertNotEquals(plan(TWO_NULLS).args().filePrefix(), plan(TWO_NULLS).args().filePrefix());
    }

    @Test
    void userPrefixIsKept() throws LaunchException {
        LaunchPlan plan = plan(TWO_NULLS + " --file-prefix mine");
        assertEquals(Optional.of("mine"), plan.args().filePrefix());
        assertTrue(plan.runtimeDirToRemove().isEmpty(), "never delete a folder the user named");
    }

    @Test
    void hugeUnlinkOptsOutOfInMemory() throws LaunchException {
        for (String optOut : List.of("--huge-unlink", "--huge-unlink=never", "--huge-unlink=existing")) {
            LaunchPlan plan = plan(TWO_NULLS + " " + optOut);
            assertFalse(plan.args().inMemory(), optOut);
            assertTrue(plan.args().hugeUnlink(), optOut);
            assertTrue(plan.notes().contains("--in-memory not added because of --huge-unlink"), plan.notes().toString());
        }
    }

    @Test
    void optingOutOfInMemoryWarnsAboutLeftoverFiles() throws LaunchException {
        List<String> never = plan(TWO_NULLS + " --file-prefix k --huge-unlink=never").warnings();
        assertEquals(List.of("hugepage files kmap_* will stay in the hugetlbfs mount if the run dies, holding their hugepages:"
                + " add --huge-unlink (or drop the option that ruled out --in-memory)"), never);
        assertTrue(plan(TWO_NULLS + " --huge-unlink").warnings().isEmpty(), "bare --huge-unlink unlinks every file");
        List<String> legacy = plan(TWO_NULLS + " --legacy-mem").warnings();
        assertEquals(2, legacy.size(), legacy.toString());
        assertTrue(legacy.get(0).contains("even after a clean exit"), legacy.get(0));
        assertTrue(legacy.get(1).startsWith("--legacy-mem without -m takes every free hugepage"), legacy.get(1));
        assertEquals(1, plan(TWO_NULLS + " --legacy-mem -m 128").warnings().size());
    }

    @Test
    void legacyMemAndProcTypeOptOut() throws LaunchException {
        assertFalse(plan(TWO_NULLS + " --legacy-mem").args().inMemory());
        LaunchPlan secondary = plan(TWO_NULLS + " --proc-type secondary");
        assertFalse(secondary.args().inMemory());
        assertTrue(secondary.args().filePrefix().isEmpty(), "a secondary must use its primary's prefix");
    }

    @Test
    void userInMemoryIsNotDuplicated() throws LaunchException {
        List<String> argv = plan(TWO_NULLS + " --in-memory").ealArgv();
        assertEquals(1, argv.stream().filter("--in-memory"::equals).count(), argv.toString());
    }

    @Test
    void noPciIsNotImpliedWhenPciIsInPlay() throws LaunchException {
        LaunchPlan allow = plan("-l 0-1 -a 0000:00:04.0 --vdev net_null0");
        assertFalse(allow.args().noPci());
        assertEquals(2, allow.knownPortCount());
        LaunchPlan block = plan(TWO_NULLS + " -b 0000:00:04.0");
        assertFalse(block.args().noPci());
        assertEquals(-1, block.knownPortCount(), "with -b only, PCI probing decides the count");
        LaunchPlan nothing = plan("-l 0-1");
        assertFalse(nothing.args().noPci());
        assertEquals(-1, nothing.knownPortCount());
    }

    @Test
    void fallbackWithoutHugepagesSwapsInMemoryForNoShconf() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(argv(TWO_NULLS), AppDemand.defaults(), FakeSystem.noHugepages());
        EalArgs a = plan.args();
        assertTrue(a.noHuge());
        assertFalse(a.inMemory(), "DPDK refuses --in-memory with --no-huge");
        assertTrue(a.noShconf());
        assertEquals(64, a.memoryMb().getAsInt());
        assertEquals(1, plan.warnings().size());
        String warning = plan.warnings().get(0);
        assertTrue(warning.startsWith("running without hugepages: about 30% slower; run scripts/setup.sh as root to reserve hugepages"), warning);
        assertTrue(plan.ealArgv().containsAll(List.of("--no-huge", "-m", "64", "--no-shconf")), plan.ealArgv().toString());
    }

    @Test
    void fallbackDropsWhatNoHugeRefuses() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(argv(TWO_NULLS + " --huge-unlink --socket-mem 128"), AppDemand.defaults(), FakeSystem.noHugepages());
        EalArgs a = plan.args();
        assertTrue(a.noHuge());
        assertFalse(a.hugeUnlink());
        assertTrue(a.socketMem().isEmpty());
        assertEquals(128, a.memoryMb().getAsInt(), "the user's 128 MB is enough, so it is kept as -m");
    }

    @Test
    void hugepagesWithoutAMountAreUnusableUnlessInMemory() throws LaunchException {
        FakeSystem unmounted = FakeSystem.standard().noMounts();
        // --in-memory (the default) maps hugepages anonymously: no mount needed
        assertFalse(LaunchPlanner.plan(argv(TWO_NULLS), AppDemand.defaults(), unmounted).args().noHuge());
        // with --huge-unlink EAL needs hugetlbfs files, finds no mount and would fail: fall back
        LaunchPlan plan = LaunchPlanner.plan(argv(TWO_NULLS + " --huge-unlink"), AppDemand.defaults(), unmounted);
        assertTrue(plan.args().noHuge());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("no writable hugetlbfs mount")), plan.notes().toString());
    }

    @Test
    void oneGigPagesCountWhenFree() throws LaunchException {
        FakeSystem gig = FakeSystem.standard().hugepages(FakeSystem.MB2, 0, 0).hugepages(FakeSystem.GB1, 1, 1);
        LaunchPlan plan = LaunchPlanner.plan(argv(TWO_NULLS), AppDemand.defaults(), gig);
        assertFalse(plan.args().noHuge());
        assertTrue(plan.describe().contains("1 x 1048576 kB"), plan.describe());
    }
}
