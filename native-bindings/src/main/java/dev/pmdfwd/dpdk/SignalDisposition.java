package dev.pmdfwd.dpdk;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Un-ignores a signal that this process inherited as ignored. A shell starts a background job with
 * SIGINT ignored, and HotSpot then declines to handle SIGINT at all (JVM_RegisterSignal answers
 * "ignored"), so {@code kill -INT} would do nothing. testpmd installs its SIGINT handler regardless;
 * calling this before registering a handler does the same. glibc's sigaction(2); control path only.
 * <p>
 * ABI facts (glibc, x86_64; LayoutTest checks each): SIG_DFL 0 and SIG_IGN 1 (bits/signum-generic.h),
 * struct sigaction is {@value #SIGACTION_BYTES} bytes with sa_handler at offset 0 (bits/sigaction.h).
 */
public final class SignalDisposition {
    static final long SIG_DFL = 0;
    static final long SIG_IGN = 1;
    static final long SIGACTION_BYTES = 152;
    static final long SA_HANDLER_OFFSET = 0;

    private static final Linker LINKER = Linker.nativeLinker();
    /** int sigaction(int, const struct sigaction *, struct sigaction *) */
    private static final MethodHandle SIGACTION = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("sigaction"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));

    private SignalDisposition() {
    }

    /**
     * If {@code signal} is ignored, gives it its default action (a handler can then be installed) and
     * returns true; otherwise changes nothing and returns false.
     */
    public static boolean unignore(int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment old = arena.allocate(SIGACTION_BYTES);
            call(signal, MemorySegment.NULL, old);
            if (old.get(JAVA_LONG, SA_HANDLER_OFFSET) != SIG_IGN) {
                return false;
            }
            MemorySegment dfl = arena.allocate(SIGACTION_BYTES); // zeroed: empty mask, no flags
            dfl.set(JAVA_LONG, SA_HANDLER_OFFSET, SIG_DFL);
            call(signal, dfl, MemorySegment.NULL);
            return true;
        }
    }

    private static void call(int signal, MemorySegment act, MemorySegment old) {
        int rc;
        try {
            rc = (int) SIGACTION.invokeExact(signal, act, old);
        } catch (Throwable t) {
            throw new AssertionError("sigaction downcall failed", t);
        }
        if (rc != 0) {
            throw new IllegalArgumentException("sigaction(" + signal + ") failed");
        }
    }
}
