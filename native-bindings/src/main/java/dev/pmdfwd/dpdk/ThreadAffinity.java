package dev.pmdfwd.dpdk;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Keeps the JVM's own threads (JIT compilers, GC, signal dispatcher, ...) off the forwarding cores.
 * EAL pins each lcore thread to its core, but threads the JVM started before {@code rte_eal_init}
 * may run anywhere, and a compiler thread scheduled on a worker's core preempts its busy loop. After
 * EAL init, the calling (main lcore) thread's CPU set is given to every other thread of the process
 * except EAL's worker lcores ({@code rte-worker-N}, the names EAL gives them). Threads created later
 * inherit the set of the thread that creates them. glibc's sched_getaffinity/sched_setaffinity
 * (sched.h), with a TID for the thread; control path only.
 */
public final class ThreadAffinity {
    /** sizeof(cpu_set_t) in glibc's sched.h: 1024 CPUs (LayoutTest). */
    static final long CPU_SET_BYTES = 128;
    private static final String WORKER_PREFIX = "rte-worker-";

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle GET = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("sched_getaffinity"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.captureCallState("errno"));
    private static final MethodHandle SET = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("sched_setaffinity"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.captureCallState("errno"));

    private ThreadAffinity() {
    }

    /**
     * Gives the calling thread's CPU set to every other thread of this process but EAL's worker lcores.
     * Returns how many threads were moved; threads that ended meanwhile are skipped.
     */
    public static int confineNonWorkersToCallerCpus() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment mask = arena.allocate(CPU_SET_BYTES);
            if ((int) GET.invokeExact(errno, 0, CPU_SET_BYTES, mask) != 0) {
                throw new DpdkException("sched_getaffinity failed", errno(errno));
            }
            int moved = 0;
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    if (!isWorker(task) && (int) SET.invokeExact(errno, Integer.parseInt(task.getFileName().toString()),
                            CPU_SET_BYTES, mask) == 0) {
                        moved++;
                    }
                }
            }
            return moved;
        } catch (IOException e) {
            throw new DpdkException("cannot list /proc/self/task: " + e.getMessage(), 5);
        } catch (DpdkException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError("sched_setaffinity downcall failed", t);
        }
    }

    private static boolean isWorker(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip().startsWith(WORKER_PREFIX);
        } catch (IOException e) {
            return true; // gone, or unreadable: leave it alone
        }
    }

    private static int errno(MemorySegment state) {
        return state.get(JAVA_INT, Linker.Option.captureStateLayout().byteOffset(
                java.lang.foreign.MemoryLayout.PathElement.groupElement("errno")));
    }
}
