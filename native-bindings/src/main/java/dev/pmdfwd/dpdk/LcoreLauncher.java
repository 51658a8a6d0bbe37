package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicReferenceArray;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Runs Java on EAL worker lcores through {@code rte_eal_remote_launch}: one upcall stub, shared by all
 * lcores, whose argument is the lcore id. The stub catches everything, because an exception escaping an
 * upcall kills the JVM; a failure is kept and rethrown by {@link #await} on the caller's thread.
 */
public final class LcoreLauncher {
    /** Returned to EAL when the task threw. */
    public static final int FAILED = -1;

    private static final int MAX = dpdk_h.RTE_MAX_LCORE();
    private static final AtomicReferenceArray<LcoreTask> TASKS = new AtomicReferenceArray<>(MAX);
    private static final AtomicReferenceArray<Throwable> FAILURES = new AtomicReferenceArray<>(MAX);
    private static final MemorySegment ENTRY;

    static {
        try {
            ENTRY = Linker.nativeLinker().upcallStub(
                    MethodHandles.lookup().findStatic(LcoreLauncher.class, "entry",
                            MethodType.methodType(int.class, MemorySegment.class)),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS), // lcore_function_t: int (*)(void *)
                    Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private LcoreLauncher() {
    }

    /** Starts {@code task} on worker lcore {@code lcoreId}; the lcore must be idle. */
    public static void launch(int lcoreId, LcoreTask task) {
        TASKS.set(lcoreId, task);
        FAILURES.set(lcoreId, null);
        int rc = dpdk_h.rte_eal_remote_launch(ENTRY, MemorySegment.ofAddress(lcoreId), lcoreId);
        DpdkException.check(rc, "rte_eal_remote_launch on lcore " + lcoreId);
    }

    /** Waits for lcore {@code lcoreId} to finish and returns its task's result, or rethrows its failure. */
    public static int await(int lcoreId) {
        int result = dpdk_h.rte_eal_wait_lcore(lcoreId);
        Throwable failure = FAILURES.getAndSet(lcoreId, null);
        TASKS.set(lcoreId, null);
        if (failure != null) {
            throw new DpdkException("lcore " + lcoreId + " failed: " + failure, failure);
        }
        return result;
    }

    private static int entry(MemorySegment arg) {
        int lcore = (int) arg.address();
        try {
            return TASKS.get(lcore).run(lcore);
        } catch (Throwable t) {
            try {
                FAILURES.set(lcore, t);
            } catch (Throwable ignored) {
                // never let anything escape into native code
            }
            return FAILED;
        }
    }
}
