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
 * {@snippet lang=c : struct rte_eth_conf } (2272 bytes). rx_adv_conf is DPDK's anonymous struct, named here rte_eth_rx_adv_conf as jextract names nested types.
 */
public class rte_eth_conf {

    rte_eth_conf() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_INT.withName("link_speeds"),
        MemoryLayout.paddingLayout(4),
        rte_eth_rxmode.layout().withName("rxmode"),
        rte_eth_txmode.layout().withName("txmode"),
        dpdk_h.C_INT.withName("lpbk_mode"),
        MemoryLayout.paddingLayout(4),
        rte_eth_rx_adv_conf.layout().withName("rx_adv_conf"),
        MemoryLayout.paddingLayout(12),
        dpdk_h.C_INT.withName("dcb_capability_en"),
        MemoryLayout.paddingLayout(8)
    ).withName("rte_eth_conf");

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt link_speeds$LAYOUT = (OfInt)$LAYOUT.select(groupElement("link_speeds"));

    /** Layout for field: {@snippet lang=c : uint32_t link_speeds } */
    public static final OfInt link_speeds$layout() {
        return link_speeds$LAYOUT;
    }

    private static final long link_speeds$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : uint32_t link_speeds } */
    public static final long link_speeds$offset() {
        return link_speeds$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t link_speeds } */
    public static int link_speeds(MemorySegment struct) {
        return struct.get(link_speeds$LAYOUT, link_speeds$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t link_speeds } */
    public static void link_speeds(MemorySegment struct, int fieldValue) {
        struct.set(link_speeds$LAYOUT, link_speeds$OFFSET, fieldValue);
    }

    private static final GroupLayout rxmode$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("rxmode"));

    /** Layout for field: {@snippet lang=c : struct rte_eth_rxmode rxmode } */
    public static final GroupLayout rxmode$layout() {
        return rxmode$LAYOUT;
    }

    private static final long rxmode$OFFSET = 8;

    /** Offset for field: {@snippet lang=c : struct rte_eth_rxmode rxmode } */
    public static final long rxmode$offset() {
        return rxmode$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_eth_rxmode rxmode } */
    public static MemorySegment rxmode(MemorySegment struct) {
        return struct.asSlice(rxmode$OFFSET, rxmode$LAYOUT.byteSize());
    }

    private static final GroupLayout txmode$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("txmode"));

    /** Layout for field: {@snippet lang=c : struct rte_eth_txmode txmode } */
    public static final GroupLayout txmode$layout() {
        return txmode$LAYOUT;
    }

    private static final long txmode$OFFSET = 64;

    /** Offset for field: {@snippet lang=c : struct rte_eth_txmode txmode } */
    public static final long txmode$offset() {
        return txmode$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_eth_txmode txmode } */
    public static MemorySegment txmode(MemorySegment struct) {
        return struct.asSlice(txmode$OFFSET, txmode$LAYOUT.byteSize());
    }

    private static final OfInt lpbk_mode$LAYOUT = (OfInt)$LAYOUT.select(groupElement("lpbk_mode"));

    /** Layout for field: {@snippet lang=c : uint32_t lpbk_mode } */
    public static final OfInt lpbk_mode$layout() {
        return lpbk_mode$LAYOUT;
    }

    private static final long lpbk_mode$OFFSET = 120;

    /** Offset for field: {@snippet lang=c : uint32_t lpbk_mode } */
    public static final long lpbk_mode$offset() {
        return lpbk_mode$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t lpbk_mode } */
    public static int lpbk_mode(MemorySegment struct) {
        return struct.get(lpbk_mode$LAYOUT, lpbk_mode$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t lpbk_mode } */
    public static void lpbk_mode(MemorySegment struct, int fieldValue) {
        struct.set(lpbk_mode$LAYOUT, lpbk_mode$OFFSET, fieldValue);
    }

    private static final GroupLayout rx_adv_conf$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("rx_adv_conf"));

    /** Layout for field: {@snippet lang=c : struct rte_eth_rx_adv_conf rx_adv_conf } */
    public static final GroupLayout rx_adv_conf$layout() {
        return rx_adv_conf$LAYOUT;
    }

    private static final long rx_adv_conf$OFFSET = 128;

    /** Offset for field: {@snippet lang=c : struct rte_eth_rx_adv_conf rx_adv_conf } */
    public static final long rx_adv_conf$offset() {
        return rx_adv_conf$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_eth_rx_adv_conf rx_adv_conf } */
    public static MemorySegment rx_adv_conf(MemorySegment struct) {
        return struct.asSlice(rx_adv_conf$OFFSET, rx_adv_conf$LAYOUT.byteSize());
    }

    private static final OfInt dcb_capability_en$LAYOUT = (OfInt)$LAYOUT.select(groupElement("dcb_capability_en"));

    /** Layout for field: {@snippet lang=c : uint32_t dcb_capability_en } */
    public static final OfInt dcb_capability_en$layout() {
        return dcb_capability_en$LAYOUT;
    }

    private static final long dcb_capability_en$OFFSET = 2260;

    /** Offset for field: {@snippet lang=c : uint32_t dcb_capability_en } */
    public static final long dcb_capability_en$offset() {
        return dcb_capability_en$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t dcb_capability_en } */
    public static int dcb_capability_en(MemorySegment struct) {
        return struct.get(dcb_capability_en$LAYOUT, dcb_capability_en$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t dcb_capability_en } */
    public static void dcb_capability_en(MemorySegment struct, int fieldValue) {
        struct.set(dcb_capability_en$LAYOUT, dcb_capability_en$OFFSET, fieldValue);
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
