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
 * {@snippet lang=c : struct rte_mempool_ops_table } (2112 bytes, align 64).
 */
public class rte_mempool_ops_table {

    rte_mempool_ops_table() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.paddingLayout(4),
        dpdk_h.C_INT.withName("num_ops"),
        MemoryLayout.paddingLayout(56),
        MemoryLayout.sequenceLayout(16, rte_mempool_ops.layout()).withName("ops")
    ).withName("rte_mempool_ops_table").withByteAlignment(64);

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt num_ops$LAYOUT = (OfInt)$LAYOUT.select(groupElement("num_ops"));

    /** Layout for field: {@snippet lang=c : uint32_t num_ops } */
    public static final OfInt num_ops$layout() {
        return num_ops$LAYOUT;
    }

    private static final long num_ops$OFFSET = 4;

    /** Offset for field: {@snippet lang=c : uint32_t num_ops } */
    public static final long num_ops$offset() {
        return num_ops$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t num_ops } */
    public static int num_ops(MemorySegment struct) {
        return struct.get(num_ops$LAYOUT, num_ops$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t num_ops } */
    public static void num_ops(MemorySegment struct, int fieldValue) {
        struct.set(num_ops$LAYOUT, num_ops$OFFSET, fieldValue);
    }

    private static final SequenceLayout ops$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("ops"));

    /** Layout for field: {@snippet lang=c : struct rte_mempool_ops ops[16] } */
    public static final SequenceLayout ops$layout() {
        return ops$LAYOUT;
    }

    private static final long ops$OFFSET = 64;

    /** Offset for field: {@snippet lang=c : struct rte_mempool_ops ops[16] } */
    public static final long ops$offset() {
        return ops$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_mempool_ops ops[16] } */
    public static MemorySegment ops(MemorySegment struct) {
        return struct.asSlice(ops$OFFSET, ops$LAYOUT.byteSize());
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
