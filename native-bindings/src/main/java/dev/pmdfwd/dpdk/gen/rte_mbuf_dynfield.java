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
 * {@snippet lang=c : struct rte_mbuf_dynfield } (88 bytes).
 */
public class rte_mbuf_dynfield {

    rte_mbuf_dynfield() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.sequenceLayout(64, dpdk_h.C_CHAR).withName("name"),
        dpdk_h.C_LONG.withName("size"),
        dpdk_h.C_LONG.withName("align"),
        dpdk_h.C_INT.withName("flags"),
        MemoryLayout.paddingLayout(4)
    ).withName("rte_mbuf_dynfield");

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final SequenceLayout name$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("name"));

    /** Layout for field: {@snippet lang=c : char name[64] } */
    public static final SequenceLayout name$layout() {
        return name$LAYOUT;
    }

    private static final long name$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : char name[64] } */
    public static final long name$offset() {
        return name$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : char name[64] } */
    public static MemorySegment name(MemorySegment struct) {
        return struct.asSlice(name$OFFSET, name$LAYOUT.byteSize());
    }

    private static final OfLong size$LAYOUT = (OfLong)$LAYOUT.select(groupElement("size"));

    /** Layout for field: {@snippet lang=c : size_t size } */
    public static final OfLong size$layout() {
        return size$LAYOUT;
    }

    private static final long size$OFFSET = 64;

    /** Offset for field: {@snippet lang=c : size_t size } */
    public static final long size$offset() {
        return size$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : size_t size } */
    public static long size(MemorySegment struct) {
        return struct.get(size$LAYOUT, size$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : size_t size } */
    public static void size(MemorySegment struct, long fieldValue) {
        struct.set(size$LAYOUT, size$OFFSET, fieldValue);
    }

    private static final OfLong align$LAYOUT = (OfLong)$LAYOUT.select(groupElement("align"));

    /** Layout for field: {@snippet lang=c : size_t align } */
    public static final OfLong align$layout() {
        return align$LAYOUT;
    }

    private static final long align$OFFSET = 72;

    /** Offset for field: {@snippet lang=c : size_t align } */
    public static final long align$offset() {
        return align$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : size_t align } */
    public static long align(MemorySegment struct) {
        return struct.get(align$LAYOUT, align$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : size_t align } */
    public static void align(MemorySegment struct, long fieldValue) {
        struct.set(align$LAYOUT, align$OFFSET, fieldValue);
    }

    private static final OfInt flags$LAYOUT = (OfInt)$LAYOUT.select(groupElement("flags"));

    /** Layout for field: {@snippet lang=c : unsigned int flags } */
    public static final OfInt flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = 80;

    /** Offset for field: {@snippet lang=c : unsigned int flags } */
    public static final long flags$offset() {
        return flags$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : unsigned int flags } */
    public static int flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : unsigned int flags } */
    public static void flags(MemorySegment struct, int fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
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
