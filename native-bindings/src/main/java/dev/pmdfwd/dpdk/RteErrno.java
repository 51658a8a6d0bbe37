package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@code rte_errno}, which rte_errno.h declares as a per-lcore (thread-local) variable,
 * {@code per_lcore__rte_errno}: no function returns it. glibc's {@code dlsym} on a TLS symbol returns
 * the calling thread's instance, so the address is looked up on every read, from the reading thread.
 * Control path only.
 */
public final class RteErrno {
    private static final int RTLD_NOW = 2;
    private static final int RTLD_NOLOAD = 4;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle DLOPEN = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("dlopen"), FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle DLSYM = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("dlsym"), FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    private RteErrno() {
    }

    /** The calling thread's rte_errno, or -1 when it cannot be found. */
    public static int get() {
        dpdk_h.rte_version$address(); // makes sure librte_eal is loaded
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = (MemorySegment) DLOPEN.invokeExact(arena.allocateFrom("librte_eal.so.23"),
                    RTLD_NOW | RTLD_NOLOAD);
            if (handle.equals(MemorySegment.NULL)) {
                return -1;
            }
            MemorySegment slot = (MemorySegment) DLSYM.invokeExact(handle, arena.allocateFrom("per_lcore__rte_errno"));
            return slot.equals(MemorySegment.NULL) ? -1 : slot.reinterpret(Integer.BYTES).get(JAVA_INT, 0);
        } catch (Throwable t) {
            return -1;
        }
    }

    /** {@code rte_strerror(errnum)} with the number, e.g. "Invalid argument (errno 22)". */
    public static String describe(int errnum) {
        String text = dpdk_h.rte_strerror(errnum).reinterpret(256).getString(0);
        return text + " (errno " + errnum + ")";
    }
}
