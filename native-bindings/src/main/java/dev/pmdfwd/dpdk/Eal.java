package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * The Environment Abstraction Layer: initialised once per process ({@code rte_eal_init} refuses a
 * second call with EALREADY, even after {@code rte_eal_cleanup}). The thread that calls {@link #init}
 * becomes the main lcore and is pinned by EAL to that core.
 */
public final class Eal {
    private static final AtomicBoolean INITIALISED = new AtomicBoolean();
    private static volatile String initLog = "";
    private static final int NO_MORE_LCORES = dpdk_h.RTE_MAX_LCORE();

    private Eal() {
    }

    /**
     * Calls {@code rte_eal_init(program, args...)}. EAL and PMD log lines go to stderr (not stdout, EAL's
     * default on Linux), so stdout stays for the application's report. On failure the usage text EAL
     * prints is reduced to one line in the exception; on success the captured log is kept for
     * {@link #initLog()}: the caller decides whether the user sees EAL's start-up chatter.
     */
    public static void init(String program, List<String> args) {
        DpdkRuntime.requireSupported();
        if (!INITIALISED.compareAndSet(false, true)) {
            throw new DpdkException("EAL is already initialised in this process (DPDK allows it once)", 114);
        }
        logToStderr();
        Arena arena = Arena.global(); // EAL keeps pointers into argv (e.g. the program name)
        List<String> argv = new ArrayList<>();
        argv.add(program);
        argv.addAll(args);
        MemorySegment array = arena.allocate(ADDRESS, argv.size() + 1L);
        for (int i = 0; i < argv.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(argv.get(i)));
        }
        array.setAtIndex(ADDRESS, argv.size(), MemorySegment.NULL);
        NativeStdio.Captured captured = NativeStdio.capture(() -> dpdk_h.rte_eal_init(argv.size(), array));
        if (captured.result() < 0) {
            int errno = RteErrno.get();
            throw new DpdkException("EAL initialisation failed" + reason(captured.output())
                    + (errno > 0 ? " [" + RteErrno.describe(errno) + "]" : ""), errno);
        }
        initLog = captured.output();
    }

    /** What EAL and the PMDs printed during a successful {@link #init}. */
    public static String initLog() {
        return initLog;
    }

    /** Releases EAL's resources (hugepage memory, the runtime directory). Call once, last. */
    public static void cleanup() {
        DpdkException.check(dpdk_h.rte_eal_cleanup(), "rte_eal_cleanup");
    }

    public static int mainLcore() {
        return dpdk_h.rte_get_main_lcore();
    }

    public static int lcoreCount() {
        return dpdk_h.rte_lcore_count();
    }

    /** The enabled lcores other than the main one, in ascending order (RTE_LCORE_FOREACH_WORKER). */
    public static List<Integer> workerLcores() {
        List<Integer> workers = new ArrayList<>();
        for (int i = dpdk_h.rte_get_next_lcore(-1, 1, 0); i < NO_MORE_LCORES; i = dpdk_h.rte_get_next_lcore(i, 1, 0)) {
            workers.add(i);
        }
        return workers;
    }

    public static long tscHz() {
        return dpdk_h.rte_get_tsc_hz();
    }

    /**
     * The most telling line of what EAL printed before failing: getopt's complaint about an option
     * (which names it) if there is one, else EAL's last own message.
     */
    static String reason(String output) {
        String option = null;
        String eal = null;
        for (String line : output.split("\n")) {
            String trimmed = line.strip();
            if (option == null && trimmed.matches(".*(unrecognized option|invalid option|requires an argument|doesn't allow an argument).*")) {
                option = trimmed.substring(trimmed.indexOf(": ") + 2);
            } else if (trimmed.startsWith("EAL: ") && !trimmed.contains("Detected") && !trimmed.contains("Selected IOVA")) {
                eal = trimmed.substring(5);
            }
        }
        String best = option != null ? option : eal;
        return best == null ? "" : ": " + best;
    }

    private static void logToStderr() {
        MemorySegment stderrVar = Linker.nativeLinker().defaultLookup().findOrThrow("stderr").reinterpret(ADDRESS.byteSize());
        DpdkException.check(dpdk_h.rte_openlog_stream(stderrVar.get(ADDRESS, 0)), "rte_openlog_stream");
    }
}
