package dev.pmdfwd.dpdk;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Captures what native code writes to file descriptors 1 and 2 while one call runs. rte_eal_init prints
 * its whole usage text on a bad argument; capturing lets the caller turn that into one line, and replay
 * the output unchanged when the call succeeds.
 */
public final class NativeStdio {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle MEMFD_CREATE = handle("memfd_create", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle DUP = handle("dup", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle DUP2 = handle("dup2", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle FFLUSH = handle("fflush", FunctionDescriptor.of(JAVA_INT, ADDRESS));

    /** The result of the call and everything it printed, stdout and stderr interleaved in order. */
    public record Captured(int result, String output) {
    }

    private NativeStdio() {
    }

    /** Runs {@code call} with native fds 1 and 2 redirected into one in-memory file. */
    public static Captured capture(IntSupplier call) {
        int memfd = -1;
        int savedOut = -1;
        int savedErr = -1;
        try (Arena arena = Arena.ofConfined()) {
            memfd = (int) MEMFD_CREATE.invokeExact(arena.allocateFrom("pmdfwd-stdio"), 0);
            if (memfd < 0) {
                return new Captured(call.getAsInt(), "");
            }
            flushAll();
            savedOut = (int) DUP.invokeExact(1);
            savedErr = (int) DUP.invokeExact(2);
            int ignored = (int) DUP2.invokeExact(memfd, 1);
            ignored = (int) DUP2.invokeExact(memfd, 2);
            int result;
            try {
                result = call.getAsInt();
            } finally {
                flushAll();
                ignored = (int) DUP2.invokeExact(savedOut, 1);
                ignored = (int) DUP2.invokeExact(savedErr, 2);
            }
            return new Captured(result, Files.readString(Path.of("/proc/self/fd/" + memfd), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DpdkException("cannot read captured native output: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        } finally {
            closeQuietly(memfd);
            closeQuietly(savedOut);
            closeQuietly(savedErr);
        }
    }

    private static void flushAll() throws Throwable {
        int ignored = (int) FFLUSH.invokeExact(MemorySegment.NULL); // fflush(NULL) flushes every stdio stream
        System.out.flush();
        System.err.flush();
    }

    private static void closeQuietly(int fd) {
        if (fd >= 0) {
            try {
                int ignored = (int) CLOSE.invokeExact(fd);
            } catch (Throwable ignored) {
                // nothing useful to do: the descriptor is gone either way
            }
        }
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.findOrThrow(name), descriptor);
    }
}
