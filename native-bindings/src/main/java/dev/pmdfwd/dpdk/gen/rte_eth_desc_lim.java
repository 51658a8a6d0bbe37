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
 * {@snippet lang=c : struct rte_eth_desc_lim } (10 bytes, align 2).
 */
public class rte_eth_desc_lim {

    rte_eth_desc_lim() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_SHORT.withName("nb_max"),
        dpdk_h.C_SHORT.withName("nb_min"),
        dpdk_h.C_SHORT.withName("nb_align"),
        dpdk_h.C_SHORT.withName("nb_seg_max"),
        dpdk_h.C_SHORT.withName("nb_mtu_seg_max")
    ).withName("rte_eth_desc_lim").withByteAlignment(2);

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfShort nb_max$LAYOUT = (OfShort)$LAYOUT.select(groupElement("nb_max"));

    /** Layout for field: {@snippet lang=c : uint16_t nb_max } */
    public static final OfShort nb_max$layout() {
        return nb_max$LAYOUT;
    }

    private static final long nb_max$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : uint16_t nb_max } */
    public static final long nb_max$offset() {
        return nb_max$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t nb_max } */
    public static short nb_max(MemorySegment struct) {
        return struct.get(nb_max$LAYOUT, nb_max$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t nb_max } */
    public static void nb_max(MemorySegment struct, short fieldValue) {
        struct.set(nb_max$LAYOUT, nb_max$OFFSET, fieldValue);
    }

    private static final OfShort nb_min$LAYOUT = (OfShort)$LAYOUT.select(groupElement("nb_min"));

    /** Layout for field: {@snippet lang=c : uint16_t nb_min } */
    public static final OfShort nb_min$layout() {
        return nb_min$LAYOUT;
    }

    private static final long nb_min$OFFSET = 2;

    /** Offset for field: {@snippet lang=c : uint16_t nb_min } */
    public static final long nb_min$offset() {
        return nb_min$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t nb_min } */
    public static short nb_min(MemorySegment struct) {
        return struct.get(nb_min$LAYOUT, nb_min$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t nb_min } */
    public static void nb_min(MemorySegment struct, short fieldValue) {
        struct.set(nb_min$LAYOUT, nb_min$OFFSET, fieldValue);
    }

    private static final OfShort nb_align$LAYOUT = (OfShort)$LAYOUT.select(groupElement("nb_align"));

    /** Layout for field: {@snippet lang=c : uint16_t nb_align } */
    public static final OfShort nb_align$layout() {
        return nb_align$LAYOUT;
    }

    private static final long nb_align$OFFSET = 4;

    /** Offset for field: {@snippet lang=c : uint16_t nb_align } */
    public static final long nb_align$offset() {
        return nb_align$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t nb_align } */
    public static short nb_align(MemorySegment struct) {
        return struct.get(nb_align$LAYOUT, nb_align$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t nb_align } */
    public static void nb_align(MemorySegment struct, short fieldValue) {
        struct.set(nb_align$LAYOUT, nb_align$OFFSET, fieldValue);
    }

    private static final OfShort nb_seg_max$LAYOUT = (OfShort)$LAYOUT.select(groupElement("nb_seg_max"));

    /** Layout for field: {@snippet lang=c : uint16_t nb_seg_max } */
    public static final OfShort nb_seg_max$layout() {
        return nb_seg_max$LAYOUT;
    }

    private static final long nb_seg_max$OFFSET = 6;

    /** Offset for field: {@snippet lang=c : uint16_t nb_seg_max } */
    public static final long nb_seg_max$offset() {
        return nb_seg_max$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t nb_seg_max } */
    public static short nb_seg_max(MemorySegment struct) {
        return struct.get(nb_seg_max$LAYOUT, nb_seg_max$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t nb_seg_max } */
    public static void nb_seg_max(MemorySegment struct, short fieldValue) {
        struct.set(nb_seg_max$LAYOUT, nb_seg_max$OFFSET, fieldValue);
    }

    private static final OfShort nb_mtu_seg_max$LAYOUT = (OfShort)$LAYOUT.select(groupElement("nb_mtu_seg_max"));

    /** Layout for field: {@snippet lang=c : uint16_t nb_mtu_seg_max } */
    public static final OfShort nb_mtu_seg_max$layout() {
        return nb_mtu_seg_max$LAYOUT;
    }

    private static final long nb_mtu_seg_max$OFFSET = 8;

    /** Offset for field: {@snippet lang=c : uint16_t nb_mtu_seg_max } */
    public static final long nb_mtu_seg_max$offset() {
        return nb_mtu_seg_max$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t nb_mtu_seg_max } */
    public static short nb_mtu_seg_max(MemorySegment struct) {
        return struct.get(nb_mtu_seg_max$LAYOUT, nb_mtu_seg_max$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t nb_mtu_seg_max } */
    public static void nb_mtu_seg_max(MemorySegment struct, short fieldValue) {
        struct.set(nb_mtu_seg_max$LAYOUT, nb_mtu_seg_max$OFFSET, fieldValue);
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
