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
 * {@snippet lang=c : struct rte_ethdev_qdata } (16 bytes).
 */
public class rte_ethdev_qdata {

    rte_ethdev_qdata() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_POINTER.withName("data"),
        dpdk_h.C_POINTER.withName("clbk")
    ).withName("rte_ethdev_qdata");

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("data"));

    /** Layout for field: {@snippet lang=c : void ** data } */
    public static final AddressLayout data$layout() {
        return data$LAYOUT;
    }

    private static final long data$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : void ** data } */
    public static final long data$offset() {
        return data$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : void ** data } */
    public static MemorySegment data(MemorySegment struct) {
        return struct.get(data$LAYOUT, data$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : void ** data } */
    public static void data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(data$LAYOUT, data$OFFSET, fieldValue);
    }

    private static final AddressLayout clbk$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("clbk"));

    /** Layout for field: {@snippet lang=c : void ** clbk } */
    public static final AddressLayout clbk$layout() {
        return clbk$LAYOUT;
    }

    private static final long clbk$OFFSET = 8;

    /** Offset for field: {@snippet lang=c : void ** clbk } */
    public static final long clbk$offset() {
        return clbk$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : void ** clbk } */
    public static MemorySegment clbk(MemorySegment struct) {
        return struct.get(clbk$LAYOUT, clbk$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : void ** clbk } */
    public static void clbk(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(clbk$LAYOUT, clbk$OFFSET, fieldValue);
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
