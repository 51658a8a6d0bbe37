package dev.pmdfwd.eal;

/**
 * Option combinations DPDK 22.11 refuses (each confirmed with dpdk-testpmd on this machine), refused here
 * with one line that says which option to drop instead of EAL's usage dump. Two of them EAL words confusingly:
 * --no-huge with --in-memory fails as "--legacy-mem is not compatible with --in-memory" (--no-huge implies
 * legacy memory), and --no-huge with --match-allocations likewise.
 */
final class EalCombinations {
    private EalCombinations() {}

    static void check(EalArgs a) throws LaunchException {
        if (!a.allow().isEmpty() && !a.block().isEmpty()) {
            throw new LaunchException("-a and -b cannot be used together (DPDK refuses an allow list and a block list at once):"
                    + " keep only the -a devices you want, or only -b");
        }
        if (!a.allow().isEmpty() && a.noPci()) {
            throw new LaunchException("-a " + a.allow().get(0) + " has no effect with --no-pci (the PCI bus is off):"
                    + " drop --no-pci to use the PCI device, or drop -a");
        }
        if (a.memoryMb().isPresent() && a.socketMem().isPresent()) {
            throw new LaunchException("-m and --socket-mem cannot be used together (DPDK refuses it): keep -m for a total, or"
                    + " --socket-mem for per-node amounts");
        }
        if (a.noHuge() && a.socketMem().isPresent()) {
            throw new LaunchException("--socket-mem cannot be used with --no-huge (DPDK refuses it): use -m <megabytes> instead");
        }
        if (a.noHuge() && a.hugeUnlink()) {
            throw new LaunchException("--huge-unlink cannot be used with --no-huge (DPDK refuses it; there are no hugepage files):"
                    + " drop --huge-unlink");
        }
        if (a.noHuge() && a.inMemory()) {
            throw new LaunchException("--in-memory cannot be used with --no-huge (DPDK refuses it, as --no-huge implies"
                    + " --legacy-mem): drop --in-memory, or add --no-shconf to keep a --no-huge run from leaving files");
        }
        if (a.legacyMem() && a.inMemory()) {
            throw new LaunchException("--legacy-mem cannot be used with --in-memory (DPDK refuses it): drop one of them");
        }
        if (a.inMemory() && a.hugeUnlinkMode().filter("never"::equals).isPresent()) {
            throw new LaunchException("--huge-unlink=never cannot be used with --in-memory (DPDK refuses it): drop one of them");
        }
        if (a.hasPassthrough("--match-allocations") && (a.legacyMem() || a.noHuge())) {
            throw new LaunchException("--match-allocations cannot be used with " + (a.noHuge() ? "--no-huge" : "--legacy-mem")
                    + " (DPDK refuses it; it needs dynamic hugepage memory): drop --match-allocations");
        }
        if (a.hasPassthrough("--huge-worker-stack") && a.noHuge()) {
            throw new LaunchException("--huge-worker-stack cannot be used with --no-huge (DPDK refuses it): drop --huge-worker-stack");
        }
    }
}
