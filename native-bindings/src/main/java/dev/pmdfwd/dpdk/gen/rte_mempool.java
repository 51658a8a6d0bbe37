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
 * {@snippet lang=c : struct rte_mempool } (192 bytes, align 64).
 */
public class rte_mempool {

    rte_mempool() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.paddingLayout(68),
        dpdk_h.C_INT.withName("cache_size"),
        MemoryLayout.paddingLayout(16),
        dpdk_h.C_INT.withName("ops_index"),
        MemoryLayout.paddingLayout(100)
    ).withName("rte_mempool").withByteAlignment(64);

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt cache_size$LAYOUT = (OfInt)$LAYOUT.select(groupElement("cache_size"));

    /** Layout for field: {@snippet lang=c : uint32_t cache_size } */
    public static final OfInt cache_size$layout() {
        return cache_size$LAYOUT;
    }

    private static final long cache_size$OFFSET = 68;

    /** Offset for field: {@snippet lang=c : uint32_t cache_size } */
    public static final long cache_size$offset() {
        return cache_size$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t cache_size } */
    public static int cache_size(MemorySegment struct) {
        return struct.get(cache_size$LAYOUT, cache_size$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t cache_size } */
    public static void cache_size(MemorySegment struct, int fieldValue) {
        struct.set(cache_size$LAYOUT, cache_size$OFFSET, fieldValue);
    }

    private static final OfInt ops_index$LAYOUT = (OfInt)$LAYOUT.select(groupElement("ops_index"));

    /** Layout for field: {@snippet lang=c : int32_t ops_index } */
    public static final OfInt ops_index$layout() {
        return ops_index$LAYOUT;
    }

    private static final long ops_index$OFFSET = 88;

    /** Offset for field: {@snippet lang=c : int32_t ops_index } */
    public static final long ops_index$offset() {
        return ops_index$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : int32_t ops_index } */
    public static int ops_index(MemorySegment struct) {
        return struct.get(ops_index$LAYOUT, ops_index$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : int32_t ops_index } */
    public static void ops_index(MemorySegment struct, int fieldValue) {
        struct.set(ops_index$LAYOUT, ops_index$OFFSET, fieldValue);
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
