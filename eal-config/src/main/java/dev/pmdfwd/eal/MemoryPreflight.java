package dev.pmdfwd.eal;

import dev.pmdfwd.eal.SystemView.HugepagePool;
import dev.pmdfwd.eal.SystemView.HugetlbfsMount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sizes the pool and checks that EAL will have the memory for it, before EAL finds out the hard way.
 *
 * <p>What EAL has: under --no-huge, -m (default 64 MB) and nothing more. With hugepages, -m/--socket-mem is
 * only preallocated (22.11's dynamic memory grows past it, checked with testpmd) and must itself fit in the
 * free hugepages; the real limit is the free hugepages EAL can use: all sizes with --in-memory (it maps them
 * anonymously), otherwise the sizes with a writable hugetlbfs mount (only --huge-dir's when given). Under
 * --legacy-mem, -m is a hard cap as well.
 *
 * <p>Short of hugepages, the launch falls back to --no-huge with a computed -m when the app allows it.
 */
final class MemoryPreflight {
    /** EAL's memory under --no-huge without -m (MEMSIZE_IF_NO_HUGE_PAGE). */
    static final int NO_HUGE_DEFAULT_MB = 64;
    static final String HUGEPAGE_FIX = "run scripts/setup.sh as root to reserve hugepages";

    /** The outcome: the args to launch with (maybe amended), the pool, what EAL must provide, and why. */
    record Result(EalArgs args, PoolSize pool, long pageSize, long neededBytes, String memoryLine, List<String> warnings,
                  List<String> notes) {}

    private MemoryPreflight() {}

    static Result check(EalArgs args, AppDemand demand, int ports, LcoreCheck lcores, SystemView system) throws LaunchException {
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (args.noHuge()) {
            return noHuge(args, demand, ports, lcores, warnings, notes, "");
        }
        List<HugepagePool> usable = usablePools(args, system, notes);
        long free = usable.stream().mapToLong(HugepagePool::freeBytes).sum();
        long pageSize = usable.stream().filter(p -> p.free() > 0).mapToLong(HugepagePool::pageSizeBytes).min()
                .orElse(2L << 20);
        PoolSize pool = PoolSizer.size(demand, ports, lcores.lcores().size(), lcores.forwarding(), pageSize);
        long needed = PoolSizer.memoryNeeded(pool, demand, ports, lcores.forwarding());
        long preallocMb = args.memoryMb().isPresent() ? args.memoryMb().getAsInt() : args.socketMemTotalMb();
        String preallocOption = args.memoryMb().isPresent() ? "-m" : "--socket-mem";
        if (args.legacyMem() && preallocMb > 0 && (preallocMb << 20) < needed) {
            throw new LaunchException(preallocOption + " " + preallocMb + " is too small: with --legacy-mem it caps EAL memory,"
                    + " and the pool of " + pool.mbufs() + " mbufs plus EAL need about " + Text.mbCeil(needed) + " MB: use "
                    + preallocOption + " " + Text.mbCeil(needed) + " or more");
        }
        String haveText = Text.mbCeil(free) + " MB of hugepages free" + describePools(usable);
        if (free >= Math.max(needed, preallocMb << 20)) {
            if (preallocMb > 0 && (preallocMb << 20) < needed) {
                notes.add(preallocOption + " " + preallocMb + " preallocates less than the ~" + Text.mbCeil(needed)
                        + " MB needed; EAL takes the rest from free hugepages as it goes");
            }
            String line = "about " + Text.mbCeil(needed) + " MB needed, " + haveText;
            return new Result(args, pool, pageSize, needed, line, warnings, notes);
        }
        String shortfall = preallocMb << 20 > free
                ? preallocOption + " " + preallocMb + " asks EAL to preallocate more than the " + haveText
                : "the pool of " + pool.mbufs() + " mbufs plus EAL need about " + Text.mbCeil(needed) + " MB but only " + haveText;
        for (String needsHugepages : List.of("--match-allocations", "--huge-worker-stack")) {
            if (args.hasPassthrough(needsHugepages)) {
                throw new LaunchException(needsHugepages + " needs hugepages, which are short (" + shortfall + "), and the"
                        + " --no-huge fallback cannot keep it: " + HUGEPAGE_FIX + ", or drop " + needsHugepages);
            }
        }
        if (!demand.hugeFallback()) {
            throw new LaunchException("not enough hugepages and --no-huge-fallback is set: " + shortfall + "; " + HUGEPAGE_FIX
                    + ", or drop --no-huge-fallback to run slower without them");
        }
        return noHuge(fallBackToNoHuge(args, notes), demand, ports, lcores, warnings, notes,
                "running without hugepages: about 30% slower; " + HUGEPAGE_FIX + " (" + shortfall + ")");
    }

    private static Result noHuge(EalArgs args, AppDemand demand, int ports, LcoreCheck lcores, List<String> warnings,
                                 List<String> notes, String fallbackWarning) throws LaunchException {
        PoolSize pool = PoolSizer.size(demand, ports, lcores.lcores().size(), lcores.forwarding(), PoolSizer.SMALL_PAGE);
        long needed = PoolSizer.memoryNeeded(pool, demand, ports, lcores.forwarding());
        int recommended = PoolSizer.recommendedNoHugeMb(needed);
        OptionalInt given = args.memoryMb();
        EalArgs result = args;
        if (given.isPresent() && ((long) given.getAsInt() << 20) < needed) {
            if (fallbackWarning.isEmpty()) {
                throw new LaunchException("-m " + given.getAsInt() + " is too small: without hugepages the pool of " + pool.mbufs()
                        + " mbufs plus EAL need at least " + Text.mbCeil(needed) + " MB: use -m " + recommended + " (or at least "
                        + Text.mbCeil(needed) + ")");
            }
            notes.add("-m " + given.getAsInt() + " raised to " + recommended + ": without hugepages -m caps EAL memory and the pool needs about "
                    + Text.mbCeil(needed) + " MB");
            result = withMemory(args, recommended);
        } else if (given.isEmpty() && !fallbackWarning.isEmpty()) {
            result = withMemory(args, recommended);
        } else if (given.isEmpty() && ((long) NO_HUGE_DEFAULT_MB << 20) < needed + needed / 4) {
            notes.add("added -m " + recommended + ": without hugepages EAL gets only " + NO_HUGE_DEFAULT_MB
                    + " MB unless told, and the pool needs about " + Text.mbCeil(needed) + " MB");
            result = withMemory(args, recommended);
        }
        if (!fallbackWarning.isEmpty()) {
            warnings.add(fallbackWarning);
        }
        String line = "about " + Text.mbCeil(needed) + " MB needed, " + (result.memoryMb().isPresent()
                ? result.memoryMb().getAsInt() + " MB of ordinary memory (--no-huge -m " + result.memoryMb().getAsInt() + ")"
                : NO_HUGE_DEFAULT_MB + " MB of ordinary memory (EAL's default under --no-huge)");
        return new Result(result, pool, PoolSizer.SMALL_PAGE, needed, line, warnings, notes);
    }

    /** Amends the args for a run without hugepages, dropping what DPDK refuses alongside --no-huge. */
    private static EalArgs fallBackToNoHuge(EalArgs args, List<String> notes) {
        EalArgs.Builder b = args.toBuilder();
        b.noHuge = true;
        if (b.inMemory) {
            b.inMemory = false;
            notes.add("--in-memory dropped for the --no-huge fallback (DPDK refuses the pair); --no-shconf keeps the run from leaving files");
        }
        if (b.procType.isEmpty() && !b.noShconf) {
            b.noShconf = true;
        }
        if (b.hugeUnlink.isPresent()) {
            b.hugeUnlink = Optional.empty();
            notes.add("--huge-unlink dropped for the --no-huge fallback (DPDK refuses the pair; there are no hugepage files)");
        }
        if (b.socketMem.isPresent()) {
            long total = args.socketMemTotalMb();
            b.socketMem = Optional.empty();
            b.memoryMb = OptionalInt.of((int) Math.min(Integer.MAX_VALUE, total));
            notes.add("--socket-mem " + args.socketMem().get() + " replaced by -m " + total + " for the --no-huge fallback (DPDK refuses --socket-mem there)");
        }
        return b.build();
    }

    private static EalArgs withMemory(EalArgs args, int mb) {
        EalArgs.Builder b = args.toBuilder();
        b.memoryMb = OptionalInt.of(mb);
        return b.build();
    }

    /** The hugepage pools EAL can draw from with these args. */
    private static List<HugepagePool> usablePools(EalArgs args, SystemView system, List<String> notes) throws LaunchException {
        List<HugepagePool> pools = system.hugepagePools();
        if (args.inMemory()) {
            if (args.hugeDir().isPresent()) {
                notes.add("--huge-dir " + args.hugeDir().get() + " is unused: with --in-memory EAL maps hugepages without hugetlbfs files");
            }
            return pools;
        }
        List<HugetlbfsMount> mounts = system.hugetlbfsMounts();
        if (args.hugeDir().isPresent()) {
            Path dir = Path.of(args.hugeDir().get());
            List<HugetlbfsMount> chosen = mounts.stream().filter(m -> m.mountPoint().equals(dir)).toList();
            if (chosen.isEmpty()) {
                String known = mounts.isEmpty() ? "none is mounted; mount one (mount -t hugetlbfs nodev /dev/hugepages)"
                        : "use one of " + Text.join(mounts.stream().map(m -> m.mountPoint().toString()).toList());
                throw new LaunchException("--huge-dir " + Text.q(dir.toString()) + " is not a hugetlbfs mount point: " + known
                        + ", or drop --huge-dir");
            }
            mounts = chosen;
        }
        List<HugepagePool> usable = new ArrayList<>();
        for (HugepagePool pool : pools) {
            boolean served = mounts.stream()
                    .anyMatch(m -> m.pageSizeBytes() == pool.pageSizeBytes() && system.isWritableDirectory(m.mountPoint()));
            if (served) {
                usable.add(pool);
            } else if (pool.free() > 0) {
                notes.add(pool.free() + " free hugepages of " + (pool.pageSizeBytes() >> 10) + " kB are unusable: no writable hugetlbfs"
                        + " mount serves that size (mount one, or let --in-memory map them)");
            }
        }
        return usable;
    }

    private static String describePools(List<HugepagePool> pools) {
        List<String> parts = pools.stream().filter(p -> p.free() > 0)
                .map(p -> p.free() + " x " + (p.pageSizeBytes() >> 10) + " kB").toList();
        return parts.isEmpty() ? "" : " (" + String.join(" + ", parts) + ")";
    }
}
