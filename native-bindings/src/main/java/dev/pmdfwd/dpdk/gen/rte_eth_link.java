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
 * {@snippet lang=c : struct rte_eth_link } (8 bytes). link_duplex, link_autoneg and link_status are bit-fields, which jextract does not map: see EthLink.
 */
public class rte_eth_link {

    rte_eth_link() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_INT.withName("link_speed"),
        MemoryLayout.paddingLayout(4)
    ).withName("rte_eth_link").withByteAlignment(8);

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt link_speed$LAYOUT = (OfInt)$LAYOUT.select(groupElement("link_speed"));

    /** Layout for field: {@snippet lang=c : uint32_t link_speed } */
    public static final OfInt link_speed$layout() {
        return link_speed$LAYOUT;
    }

    private static final long link_speed$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : uint32_t link_speed } */
    public static final long link_speed$offset() {
        return link_speed$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t link_speed } */
    public static int link_speed(MemorySegment struct) {
        return struct.get(link_speed$LAYOUT, link_speed$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t link_speed } */
    public static void link_speed(MemorySegment struct, int fieldValue) {
        struct.set(link_speed$LAYOUT, link_speed$OFFSET, fieldValue);
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
