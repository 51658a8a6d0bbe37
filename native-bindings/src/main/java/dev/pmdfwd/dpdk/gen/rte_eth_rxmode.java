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
 * {@snippet lang=c : struct rte_eth_rxmode } (56 bytes).
 */
public class rte_eth_rxmode {

    rte_eth_rxmode() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_INT.withName("mq_mode"),
        dpdk_h.C_INT.withName("mtu"),
        dpdk_h.C_INT.withName("max_lro_pkt_size"),
        MemoryLayout.paddingLayout(4),
        dpdk_h.C_LONG.withName("offloads"),
        MemoryLayout.paddingLayout(32)
    ).withName("rte_eth_rxmode");

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt mq_mode$LAYOUT = (OfInt)$LAYOUT.select(groupElement("mq_mode"));

    /** Layout for field: {@snippet lang=c : enum rte_eth_rx_mq_mode mq_mode } */
    public static final OfInt mq_mode$layout() {
        return mq_mode$LAYOUT;
    }

    private static final long mq_mode$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : enum rte_eth_rx_mq_mode mq_mode } */
    public static final long mq_mode$offset() {
        return mq_mode$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : enum rte_eth_rx_mq_mode mq_mode } */
    public static int mq_mode(MemorySegment struct) {
        return struct.get(mq_mode$LAYOUT, mq_mode$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : enum rte_eth_rx_mq_mode mq_mode } */
    public static void mq_mode(MemorySegment struct, int fieldValue) {
        struct.set(mq_mode$LAYOUT, mq_mode$OFFSET, fieldValue);
    }

    private static final OfInt mtu$LAYOUT = (OfInt)$LAYOUT.select(groupElement("mtu"));

    /** Layout for field: {@snippet lang=c : uint32_t mtu } */
    public static final OfInt mtu$layout() {
        return mtu$LAYOUT;
    }

    private static final long mtu$OFFSET = 4;

    /** Offset for field: {@snippet lang=c : uint32_t mtu } */
    public static final long mtu$offset() {
        return mtu$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t mtu } */
    public static int mtu(MemorySegment struct) {
        return struct.get(mtu$LAYOUT, mtu$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t mtu } */
    public static void mtu(MemorySegment struct, int fieldValue) {
        struct.set(mtu$LAYOUT, mtu$OFFSET, fieldValue);
    }

    private static final OfInt max_lro_pkt_size$LAYOUT = (OfInt)$LAYOUT.select(groupElement("max_lro_pkt_size"));

    /** Layout for field: {@snippet lang=c : uint32_t max_lro_pkt_size } */
    public static final OfInt max_lro_pkt_size$layout() {
        return max_lro_pkt_size$LAYOUT;
    }

    private static final long max_lro_pkt_size$OFFSET = 8;

    /** Offset for field: {@snippet lang=c : uint32_t max_lro_pkt_size } */
    public static final long max_lro_pkt_size$offset() {
        return max_lro_pkt_size$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t max_lro_pkt_size } */
    public static int max_lro_pkt_size(MemorySegment struct) {
        return struct.get(max_lro_pkt_size$LAYOUT, max_lro_pkt_size$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t max_lro_pkt_size } */
    public static void max_lro_pkt_size(MemorySegment struct, int fieldValue) {
        struct.set(max_lro_pkt_size$LAYOUT, max_lro_pkt_size$OFFSET, fieldValue);
    }

    private static final OfLong offloads$LAYOUT = (OfLong)$LAYOUT.select(groupElement("offloads"));

    /** Layout for field: {@snippet lang=c : uint64_t offloads } */
    public static final OfLong offloads$layout() {
        return offloads$LAYOUT;
    }

    private static final long offloads$OFFSET = 16;

    /** Offset for field: {@snippet lang=c : uint64_t offloads } */
    public static final long offloads$offset() {
        return offloads$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint64_t offloads } */
    public static long offloads(MemorySegment struct) {
        return struct.get(offloads$LAYOUT, offloads$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint64_t offloads } */
    public static void offloads(MemorySegment struct, long fieldValue) {
        struct.set(offloads$LAYOUT, offloads$OFFSET, fieldValue);
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
