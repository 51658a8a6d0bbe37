package dev.pmdfwd.eal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A checked, sized launch: the argv to hand rte_eal_init, the pool to create, the port pairs, and what was
 * decided on the user's behalf. Made by {@link LaunchPlanner#plan}.
 */
public final class LaunchPlan {
    private final EalArgs args;
    private final PoolSize pool;
    private final PortPairs pairs;
    private final LcoreCheck lcores;
    private final int knownPortCount;
    private final long memoryNeededBytes;
    private final String memoryLine;
    private final List<String> warnings;
    private final List<String> notes;
    private final Optional<Path> runtimeDir;
    private final AppDemand demand;
    private final long poolPageSize;

    LaunchPlan(EalArgs args, PoolSize pool, PortPairs pairs, LcoreCheck lcores, int knownPortCount, long memoryNeededBytes,
               String memoryLine, List<String> warnings, List<String> notes, Optional<Path> runtimeDir, AppDemand demand,
               long poolPageSize) {
        this.args = args;
        this.pool = pool;
        this.pairs = pairs;
        this.lcores = lcores;
        this.knownPortCount = knownPortCount;
        this.memoryNeededBytes = memoryNeededBytes;
        this.memoryLine = memoryLine;
        this.warnings = List.copyOf(warnings);
        this.notes = List.copyOf(notes);
        this.runtimeDir = runtimeDir;
        this.demand = demand;
        this.poolPageSize = poolPageSize;
    }

    /** The final EAL argv, without argv[0]: the caller prepends the program name. */
    public List<String> ealArgv() {
        return args.toArgv();
    }

    public EalArgs args() {
        return args;
    }

    public PoolSize pool() {
        return pool;
    }

    /**
     * The port pairs: --pairs as given, or ports in order. Empty when neither --pairs was given nor the port
     * count is known before EAL probes PCI; then call {@link #resolvePairs(int)} after rte_eal_init.
     */
    public PortPairs pairs() {
        return pairs;
    }

    /** The lcore ids EAL will run (the core list, or every online cpu when none was given). */
    public SortedSet<Integer> lcores() {
        return lcores.lcores();
    }

    public int mainLcore() {
        return lcores.mainLcore();
    }

    /** Lcores minus the main one; 0 when only one lcore is given, and then the main lcore forwards. */
    public int forwardingLcores() {
        return lcores.forwarding();
    }

    /** Tx queues per port the pool was sized for (one per forwarding lcore when the app gave 0). */
    public int txQueuesPerPort() {
        return PoolSizer.txQueues(demand, lcores.forwarding());
    }

    /** Ports the launch creates: vdevs plus -a PCI devices; -1 when PCI probing decides (check after EAL init). */
    public int knownPortCount() {
        return knownPortCount;
    }

    /** Memory EAL must provide: the pool, PMD queues and EAL's own base. */
    public long memoryNeededBytes() {
        return memoryNeededBytes;
    }

    /** Things the user should know that cost something (e.g. the --no-huge fallback). */
    public List<String> warnings() {
        return warnings;
    }

    /** Verbose detail: defaults added, options passed through unchecked, idle ports. */
    public List<String> notes() {
        return notes;
    }

    /**
     * EAL's runtime folder for the --file-prefix this plan generated. EAL 22.11 leaves it behind (empty with
     * --in-memory or --no-shconf) even after rte_eal_cleanup; the caller may delete it on exit. Empty when the
     * user chose the prefix.
     */
    public Optional<Path> runtimeDirToRemove() {
        return runtimeDir;
    }

    /**
     * The pairs to forward once EAL has probed and the real port count is known: --pairs checked against it, or
     * ports paired in order. Use it whenever {@link #knownPortCount()} is -1; it agrees with {@link #pairs()} otherwise.
     */
    public PortPairs resolvePairs(int actualPortCount) throws LaunchException {
        if (demand.pairs().isPresent()) {
            PortPairs explicit = PortPairs.parse(demand.pairs().get());
            explicit.requirePorts(actualPortCount);
            return explicit;
        }
        return PortPairs.inOrder(actualPortCount);
    }

    /** The pool sized for the real port count (after EAL init, when {@link #knownPortCount()} was -1). */
    public PoolSize poolFor(int actualPortCount) throws LaunchException {
        if (actualPortCount <= 0) {
            throw new LaunchException("EAL created no ports: check the --vdev/-a devices and the EAL log above");
        }
        return PoolSizer.size(demand, actualPortCount, lcores.lcores().size(), lcores.forwarding(), poolPageSize);
    }

    /** The plan in a few lines for --print-eal-args: argv, cores, ports, pool, memory and warnings. */
    public String describe() {
        return describe(false);
    }

    /** As {@link #describe()}, with the notes too when {@code withNotes}. */
    public String describe(boolean withNotes) {
        List<String> lines = new ArrayList<>();
        lines.add("EAL arguments: " + Text.shellLine(ealArgv()));
        lines.add("cores: lcores " + Text.cpuList(lcores.lcores()) + ", main lcore " + lcores.mainLcore() + ", "
                + (lcores.forwarding() == 0 ? "which also forwards" : lcores.forwarding() + " forwarding lcore" + (lcores.forwarding() == 1 ? "" : "s")));
        lines.add("ports: " + portsLine());
        lines.add(String.format(Locale.ROOT, "mbuf pool: %d mbufs x %d B data room, cache %d per lcore, %.1f MB; queues per port: %d rx x %d desc, %d tx x %d desc",
                pool.mbufs(), pool.dataRoom(), pool.cacheSize(), pool.bytes() / (double) (1 << 20),
                demand.rxQueues(), demand.rxDesc(), txQueuesPerPort(), demand.txDesc()));
        lines.add("memory: " + memoryLine);
        for (String warning : warnings) {
            lines.add("warning: " + warning);
        }
        if (withNotes) {
            for (String note : notes) {
                lines.add("note: " + note);
            }
        }
        return String.join("\n", lines);
    }

    private String portsLine() {
        String pairText = pairs.pairs().isEmpty() ? "pairs decided after EAL init (ports in order unless --pairs)"
                : "pairs " + pairs + " (each forwards both ways)";
        if (knownPortCount < 0) {
            return "unknown until EAL probes PCI; " + pairText;
        }
        // EAL probes PCI (in address order) before the vdev bus, so PCI ports come first.
        List<String> names = new ArrayList<>(args.allow().stream().map(a -> a.split(",", 2)[0]).sorted(LaunchPlan::byPciAddress).toList());
        if (args.noPci()) {
            names.clear();
        }
        args.vdevs().forEach(v -> names.add(v.name()));
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            numbered.add(i + "=" + names.get(i));
        }
        return knownPortCount + " (" + String.join(", ", numbered) + "); " + pairText;
    }

    private static int byPciAddress(String a, String b) {
        return normalizePci(a).compareTo(normalizePci(b));
    }

    private static String normalizePci(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.length() == 7 ? "0000:" + lower : lower;
    }

    @Override
    public String toString() {
        return describe(true);
    }
}
