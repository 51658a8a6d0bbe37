package dev.pmdfwd.dpdk.fastpath;

import dev.pmdfwd.dpdk.gen.dpdk_h;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A preallocated off-heap {@code struct rte_mbuf *[capacity]}, the array bursts fill and drain, with
 * the few operations the data path needs on it. Freeing goes through the exported
 * {@code rte_pktmbuf_free_bulk} (rte_pktmbuf_free is inline), which also frees chained segments.
 */
public final class MbufArray {
    private static final long POINTER = ADDRESS.byteSize();
    /** void rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count): short and non-blocking. */
    private static final MethodHandle FREE_BULK = Linker.nativeLinker().downcallHandle(
            dpdk_h.rte_pktmbuf_free_bulk$address(), FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT),
            Linker.Option.critical(false));

    private final MemorySegment segment;
    private final long address;
    private final int capacity;

    public MbufArray(Arena arena, int capacity) {
        this.capacity = capacity;
        this.segment = arena.allocate(POINTER * capacity, 64);
        this.address = segment.address();
    }

    public int capacity() {
        return capacity;
    }

    /** The address of element 0, for rx bursts. */
    public long address() {
        return address;
    }

    /** The address of element {@code index}, for transmitting a remainder. */
    public long addressOf(int index) {
        return address + POINTER * index;
    }

    /** The mbuf pointer at {@code index}. */
    public long get(int index) {
        return segment.getAtIndex(JAVA_LONG, index);
    }

    public void set(int index, long mbuf) {
        segment.setAtIndex(JAVA_LONG, index, mbuf);
    }

    /** Frees {@code count} mbufs (and their segments) starting at {@code from}. */
    public void free(int from, int count) {
        if (count > 0) {
            try {
                FREE_BULK.invokeExact(addressOf(from), count);
            } catch (Throwable t) {
                throw new AssertionError("rte_pktmbuf_free_bulk failed", t);
            }
        }
    }

    /** Moves {@code count} pointers from {@code from} to the start, so a remainder is contiguous at 0. */
    public void compact(int from, int count) {
        if (from > 0 && count > 0) {
            MemorySegment.copy(segment, POINTER * from, segment, 0, POINTER * count);
        }
    }
}
