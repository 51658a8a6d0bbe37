package dev.pmdfwd.eal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the user's EAL arguments and the app's demand into a {@link LaunchPlan}, or one clear
 * {@link LaunchException}: expands @argfiles, parses, refuses what DPDK would refuse, checks cores and devices
 * against the machine, applies safe defaults, counts ports, resolves pairs, sizes the pool and checks memory.
 */
public final class LaunchPlanner {
    /** RTE_MAX_ETHPORTS of the 22.11 build. */
    static final int MAX_PORTS = 32;

    private LaunchPlanner() {}

    public static LaunchPlan plan(List<String> ealArgv, AppDemand demand, SystemView system) throws LaunchException {
        Objects.requireNonNull(ealArgv, "ealArgv");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(system, "system");
        demand.check();
        EalArgs user = EalArgs.parse(ArgFiles.expand(ealArgv));
        EalCombinations.check(user);
        LcoreCheck lcores = LcoreCheck.check(user, system);
        List<String> vdevWarnings = VdevChecks.check(user.vdevs(), system);
        checkDrivers(user, system);

        List<String> notes = new ArrayList<>();
        for (PassthroughOption p : user.passthrough()) {
            notes.add("passed to EAL unchecked: " + Text.q(p.toString()));
        }
        if (user.passthrough().stream().anyMatch(p -> p.name().equals("-s") || p.name().equals("-S"))) {
            notes.add("service cores (-s/-S) are counted as forwarding lcores here; leave them out of -l if they must not forward");
        }
        SafeDefaults.Applied defaults = SafeDefaults.apply(user);
        notes.addAll(defaults.notes());
        EalArgs args = defaults.args();

        int knownPorts = countPorts(args);
        if (knownPorts == 0) {
            throw new LaunchException("no ports: the EAL arguments create no device (--no-pci and no --vdev): add --vdev devices"
                    + " (e.g. --vdev net_null0 --vdev net_null1) or drop --no-pci and add -a <pci address>");
        }
        if (knownPorts > MAX_PORTS) {
            throw new LaunchException("the launch creates " + knownPorts + " ports but this DPDK build handles at most " + MAX_PORTS
                    + " (RTE_MAX_ETHPORTS): remove --vdev/-a devices");
        }
        PortPairs pairs = resolvePairs(demand, knownPorts);
        int sizingPorts = knownPorts;
        if (knownPorts < 0) {
            int highest = pairs.ports().length == 0 ? -1 : pairs.ports()[pairs.ports().length - 1];
            sizingPorts = Math.max(highest + 1, args.vdevs().size() + 2); // assume two PCI ports unless pairs say more
            notes.add("port count unknown until EAL probes PCI" + (args.block().isEmpty() ? " (no -a given)" : " (-b given)")
                    + "; pool sized for " + sizingPorts + " ports, call resolvePairs/poolFor with the real count after EAL init");
        } else {
            notes.addAll(idlePorts(pairs, knownPorts));
        }

        MemoryPreflight.Result memory = MemoryPreflight.check(args, demand, sizingPorts, lcores, system);
        EalCombinations.check(memory.args()); // the amended args must still be a launch DPDK accepts
        notes.addAll(memory.notes());
        List<String> warnings = new ArrayList<>(vdevWarnings);
        warnings.addAll(memory.warnings());
        warnings.addAll(hugepageFileWarnings(memory.args()));
        Optional<Path> runtimeDir = defaults.generatedPrefix().map(p -> system.dpdkRuntimeBase().resolve(p));
        return new LaunchPlan(memory.args(), memory.pool(), pairs, lcores, knownPorts, memory.neededBytes(), memory.memoryLine(),
                warnings, notes, runtimeDir, demand, memory.pageSize());
    }

    /**
     * Hugepage files that outlive the run: without --in-memory, EAL backs memory with files in hugetlbfs and only
     * --huge-unlink (bare or =always) removes them once mapped; with --legacy-mem they stay even after a clean
     * exit (seen with testpmd), holding the pages until someone deletes them.
     */
    private static List<String> hugepageFileWarnings(EalArgs args) {
        List<String> warnings = new ArrayList<>();
        if (args.noHuge() || args.inMemory()) {
            return warnings;
        }
        boolean unlinks = args.hugeUnlinkMode().filter(m -> m.isEmpty() || m.equals("always")).isPresent();
        if (!unlinks) {
            warnings.add("hugepage files " + args.filePrefix().orElse("rte") + "map_* will stay in the hugetlbfs mount"
                    + (args.legacyMem() ? " even after a clean exit" : " if the run dies") + ", holding their hugepages:"
                    + " add --huge-unlink (or drop the option that ruled out --in-memory)");
        }
        if (args.legacyMem() && args.memoryMb().isEmpty() && args.socketMem().isEmpty()) {
            warnings.add("--legacy-mem without -m takes every free hugepage at start: add -m <megabytes> to take only what the run needs");
        }
        return warnings;
    }

    /** Ports EAL will create: one per vdev plus one per -a PCI device; -1 when PCI probing decides (no -a, PCI on). */
    static int countPorts(EalArgs args) {
        if (!args.noPci() && args.allow().isEmpty()) {
            return -1;
        }
        return args.vdevs().size() + (args.noPci() ? 0 : args.allow().size());
    }

    private static PortPairs resolvePairs(AppDemand demand, int knownPorts) throws LaunchException {
        if (demand.pairs().isPresent()) {
            PortPairs pairs = PortPairs.parse(demand.pairs().get());
            if (knownPorts >= 0) {
                pairs.requirePorts(knownPorts);
            }
            return pairs;
        }
        return knownPorts >= 0 ? PortPairs.inOrder(knownPorts) : PortPairs.pending();
    }

    private static List<String> idlePorts(PortPairs pairs, int portCount) {
        List<String> notes = new ArrayList<>();
        boolean[] used = new boolean[portCount];
        for (int port : pairs.ports()) {
            used[port] = true;
        }
        for (int port = 0; port < portCount; port++) {
            if (!used[port]) {
                notes.add("port " + port + " is in no pair and stays idle");
            }
        }
        return notes;
    }

    /** A -d that names a path must exist; a bare library name is left to the dynamic loader's search path. */
    private static void checkDrivers(EalArgs args, SystemView system) throws LaunchException {
        for (String driver : args.drivers()) {
            if (driver.contains("/") && !system.exists(Path.of(driver))) {
                throw new LaunchException("-d " + Text.q(driver) + " does not exist: give a PMD .so file or a folder of them,"
                        + " e.g. -d /usr/lib/x86_64-linux-gnu/dpdk/pmds-23.0");
            }
        }
    }
}
