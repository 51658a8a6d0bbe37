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
 * {@snippet lang=c : struct rte_eth_fp_ops } (128 bytes, align 64).
 */
public class rte_eth_fp_ops {

    rte_eth_fp_ops() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_POINTER.withName("rx_pkt_burst"),
        dpdk_h.C_POINTER.withName("rx_queue_count"),
        dpdk_h.C_POINTER.withName("rx_descriptor_status"),
        rte_ethdev_qdata.layout().withName("rxq"),
        MemoryLayout.paddingLayout(24),
        dpdk_h.C_POINTER.withName("tx_pkt_burst"),
        dpdk_h.C_POINTER.withName("tx_pkt_prepare"),
        dpdk_h.C_POINTER.withName("tx_descriptor_status"),
        rte_ethdev_qdata.layout().withName("txq"),
        MemoryLayout.paddingLayout(24)
    ).withName("rte_eth_fp_ops").withByteAlignment(64);

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout rx_pkt_burst$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("rx_pkt_burst"));

    /** Layout for field: {@snippet lang=c : eth_rx_burst_t rx_pkt_burst } */
    public static final AddressLayout rx_pkt_burst$layout() {
        return rx_pkt_burst$LAYOUT;
    }

    private static final long rx_pkt_burst$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : eth_rx_burst_t rx_pkt_burst } */
    public static final long rx_pkt_burst$offset() {
        return rx_pkt_burst$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : eth_rx_burst_t rx_pkt_burst } */
    public static MemorySegment rx_pkt_burst(MemorySegment struct) {
        return struct.get(rx_pkt_burst$LAYOUT, rx_pkt_burst$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : eth_rx_burst_t rx_pkt_burst } */
    public static void rx_pkt_burst(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(rx_pkt_burst$LAYOUT, rx_pkt_burst$OFFSET, fieldValue);
    }

    private static final AddressLayout rx_queue_count$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("rx_queue_count"));

    /** Layout for field: {@snippet lang=c : eth_rx_queue_count_t rx_queue_count } */
    public static final AddressLayout rx_queue_count$layout() {
        return rx_queue_count$LAYOUT;
    }

    private static final long rx_queue_count$OFFSET = 8;

    /** Offset for field: {@snippet lang=c : eth_rx_queue_count_t rx_queue_count } */
    public static final long rx_queue_count$offset() {
        return rx_queue_count$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : eth_rx_queue_count_t rx_queue_count } */
    public static MemorySegment rx_queue_count(MemorySegment struct) {
        return struct.get(rx_queue_count$LAYOUT, rx_queue_count$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : eth_rx_queue_count_t rx_queue_count } */
    public static void rx_queue_count(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(rx_queue_count$LAYOUT, rx_queue_count$OFFSET, fieldValue);
    }

    private static final AddressLayout rx_descriptor_status$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("rx_descriptor_status"));

    /** Layout for field: {@snippet lang=c : eth_rx_descriptor_status_t rx_descriptor_status } */
    public static final AddressLayout rx_descriptor_status$layout() {
        return rx_descriptor_status$LAYOUT;
    }

    private static final long rx_descriptor_status$OFFSET = 16;

    /** Offset for field: {@snippet lang=c : eth_rx_descriptor_status_t rx_descriptor_status } */
    public static final long rx_descriptor_status$offset() {
        return rx_descriptor_status$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : eth_rx_descriptor_status_t rx_descriptor_status } */
    public static MemorySegment rx_descriptor_status(MemorySegment struct) {
        return struct.get(rx_descriptor_status$LAYOUT, rx_descriptor_status$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : eth_rx_descriptor_status_t rx_descriptor_status } */
    public static void rx_descriptor_status(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(rx_descriptor_status$LAYOUT, rx_descriptor_status$OFFSET, fieldValue);
    }

    private static final GroupLayout rxq$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("rxq"));

    /** Layout for field: {@snippet lang=c : struct rte_ethdev_qdata rxq } */
    public static final GroupLayout rxq$layout() {
        return rxq$LAYOUT;
    }

    private static final long rxq$OFFSET = 24;

    /** Offset for field: {@snippet lang=c : struct rte_ethdev_qdata rxq } */
    public static final long rxq$offset() {
        return rxq$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_ethdev_qdata rxq } */
    public static MemorySegment rxq(MemorySegment struct) {
        return struct.asSlice(rxq$OFFSET, rxq$LAYOUT.byteSize());
    }

    private static final AddressLayout tx_pkt_burst$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("tx_pkt_burst"));

    /** Layout for field: {@snippet lang=c : eth_tx_burst_t tx_pkt_burst } */
    public static final AddressLayout tx_pkt_burst$layout() {
        return tx_pkt_burst$LAYOUT;
    }

    private static final long tx_pkt_burst$OFFSET = 64;

    /** Offset for field: {@snippet lang=c : eth_tx_burst_t tx_pkt_burst } */
    public static final long tx_pkt_burst$offset() {
        return tx_pkt_burst$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : eth_tx_burst_t tx_pkt_burst } */
    public static MemorySegment tx_pkt_burst(MemorySegment struct) {
        return struct.get(tx_pkt_burst$LAYOUT, tx_pkt_burst$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : eth_tx_burst_t tx_pkt_burst } */
    public static void tx_pkt_burst(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(tx_pkt_burst$LAYOUT, tx_pkt_burst$OFFSET, fieldValue);
    }

    private static final AddressLayout tx_pkt_prepare$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("tx_pkt_prepare"));

    /** Layout for field: {@snippet lang=c : eth_tx_prep_t tx_pkt_prepare } */
    public static final AddressLayout tx_pkt_prepare$layout() {
        return tx_pkt_prepare$LAYOUT;
    }

    private static final long tx_pkt_prepare$OFFSET = 72;

    /** Offset for field: {@snippet lang=c : eth_tx_prep_t tx_pkt_prepare } */
    public static final long tx_pkt_prepare$offset() {
        return tx_pkt_prepare$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : eth_tx_prep_t tx_pkt_prepare } */
    public static MemorySegment tx_pkt_prepare(MemorySegment struct) {
        return struct.get(tx_pkt_prepare$LAYOUT, tx_pkt_prepare$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : eth_tx_prep_t tx_pkt_prepare } */
    public static void tx_pkt_prepare(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(tx_pkt_prepare$LAYOUT, tx_pkt_prepare$OFFSET, fieldValue);
    }

    private static final AddressLayout tx_descriptor_status$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("tx_descriptor_status"));

    /** Layout for field: {@snippet lang=c : eth_tx_descriptor_status_t tx_descriptor_status } */
    public static final AddressLayout tx_descriptor_status$layout() {
        return tx_descriptor_status$LAYOUT;
    }

    private static final long tx_descriptor_status$OFFSET = 80;

    /** Offset for field: {@snippet lang=c : eth_tx_descriptor_status_t tx_descriptor_status } */
    public static final long tx_descriptor_status$offset() {
        return tx_descriptor_status$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : eth_tx_descriptor_status_t tx_descriptor_status } */
    public static MemorySegment tx_descriptor_status(MemorySegment struct) {
        return struct.get(tx_descriptor_status$LAYOUT, tx_descriptor_status$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : eth_tx_descriptor_status_t tx_descriptor_status } */
    public static void tx_descriptor_status(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(tx_descriptor_status$LAYOUT, tx_descriptor_status$OFFSET, fieldValue);
    }

    private static final GroupLayout txq$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("txq"));

    /** Layout for field: {@snippet lang=c : struct rte_ethdev_qdata txq } */
    public static final GroupLayout txq$layout() {
        return txq$LAYOUT;
    }

    private static final long txq$OFFSET = 88;

    /** Offset for field: {@snippet lang=c : struct rte_ethdev_qdata txq } */
    public static final long txq$offset() {
        return txq$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_ethdev_qdata txq } */
    public static MemorySegment txq(MemorySegment struct) {
        return struct.asSlice(txq$OFFSET, txq$LAYOUT.byteSize());
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
