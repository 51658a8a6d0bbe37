// Generated in the shape of jextract (JDK 22+ output), from the DPDK 22.11 headers.
// Regenerate with scripts/jextract-dpdk.sh where jextract is installed; the symbols are listed in
// native-bindings/dpdk-symbols.txt. Trimmed struct layouts keep DPDK's size and offsets and name only
// the fields this project uses: LayoutTest checks every one against the installed headers.

package dev.pmdfwd.dpdk.gen;

import java.lang.foreign.*;
import java.util.function.Consumer;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

/**
 * {@snippet lang=c : struct rte_mempool_ops } (128 bytes, align 64).
 */
public class rte_mempool_ops {

    rte_mempool_ops() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.paddingLayout(56),
        dpdk_h.C_POINTER.withName("dequeue"),
        MemoryLayout.paddingLayout(64)
    ).withName("rte_mempool_ops").withByteAlignment(64);

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout dequeue$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("dequeue"));

    /** Layout for field: {@snippet lang=c : rte_mempool_dequeue_t dequeue } */
    public static final AddressLayout dequeue$layout() {
        return dequeue$LAYOUT;
    }

    private static final long dequeue$OFFSET = 56;

    /** Offset for field: {@snippet lang=c : rte_mempool_dequeue_t dequeue } */
    public static final long dequeue$offset() {
        return dequeue$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : rte_mempool_dequeue_t dequeue } */
    public static MemorySegment dequeue(MemorySegment struct) {
        return struct.get(dequeue$LAYOUT, dequeue$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : rte_mempool_dequeue_t dequeue } */
    public static void dequeue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(dequeue$LAYOUT, dequeue$OFFSET, fieldValue);
    }

    /** Obtains a slice of {@code arrayParam} which selects the array element at {@code index}. */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /** The size (in bytes) of this struct */
    public static long sizeof() { return layout().byteSize(); }

    /** Allocate a segment of size {@code layout().byteSize()} using {@code allocator} */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /** Allocate an array of size {@code elementCount} using {@code allocator}. */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /** Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any). */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /** Reinterprets {@code addr} as an array of {@code elementCount} structs. */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
