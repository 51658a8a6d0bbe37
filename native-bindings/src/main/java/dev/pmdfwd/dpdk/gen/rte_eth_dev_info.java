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
 * {@snippet lang=c : struct rte_eth_dev_info } (376 bytes).
 */
public class rte_eth_dev_info {

    rte_eth_dev_info() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_POINTER.withName("device"),
        dpdk_h.C_POINTER.withName("driver_name"),
        dpdk_h.C_INT.withName("if_index"),
        dpdk_h.C_SHORT.withName("min_mtu"),
        dpdk_h.C_SHORT.withName("max_mtu"),
        MemoryLayout.paddingLayout(8),
        dpdk_h.C_INT.withName("min_rx_bufsize"),
        dpdk_h.C_INT.withName("max_rx_pktlen"),
        MemoryLayout.paddingLayout(4),
        dpdk_h.C_SHORT.withName("max_rx_queues"),
        dpdk_h.C_SHORT.withName("max_tx_queues"),
        dpdk_h.C_INT.withName("max_mac_addrs"),
        MemoryLayout.paddingLayout(20),
        dpdk_h.C_LONG.withName("rx_offload_capa"),
        dpdk_h.C_LONG.withName("tx_offload_capa"),
        MemoryLayout.paddingLayout(24),
        dpdk_h.C_LONG.withName("flow_type_rss_offloads"),
        MemoryLayout.paddingLayout(142),
        rte_eth_desc_lim.layout().withName("rx_desc_lim"),
        rte_eth_desc_lim.layout().withName("tx_desc_lim"),
        MemoryLayout.paddingLayout(6),
        dpdk_h.C_SHORT.withName("nb_rx_queues"),
        dpdk_h.C_SHORT.withName("nb_tx_queues"),
        MemoryLayout.paddingLayout(84)
    ).withName("rte_eth_dev_info");

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout device$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("device"));

    /** Layout for field: {@snippet lang=c : struct rte_device * device } */
    public static final AddressLayout device$layout() {
        return device$LAYOUT;
    }

    private static final long device$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : struct rte_device * device } */
    public static final long device$offset() {
        return device$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_device * device } */
    public static MemorySegment device(MemorySegment struct) {
        return struct.get(device$LAYOUT, device$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : struct rte_device * device } */
    public static void device(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(device$LAYOUT, device$OFFSET, fieldValue);
    }

    private static final AddressLayout driver_name$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("driver_name"));

    /** Layout for field: {@snippet lang=c : const char * driver_name } */
    public static final AddressLayout driver_name$layout() {
        return driver_name$LAYOUT;
    }

    private static final long driver_name$OFFSET = 8;

    /** Offset for field: {@snippet lang=c : const char * driver_name } */
    public static final long driver_name$offset() {
        return driver_name$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : const char * driver_name } */
    public static MemorySegment driver_name(MemorySegment struct) {
        return struct.get(driver_name$LAYOUT, driver_name$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : const char * driver_name } */
    public static void driver_name(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(driver_name$LAYOUT, driver_name$OFFSET, fieldValue);
    }

    private static final OfInt if_index$LAYOUT = (OfInt)$LAYOUT.select(groupElement("if_index"));

    /** Layout for field: {@snippet lang=c : unsigned int if_index } */
    public static final OfInt if_index$layout() {
        return if_index$LAYOUT;
    }

    private static final long if_index$OFFSET = 16;

    /** Offset for field: {@snippet lang=c : unsigned int if_index } */
    public static final long if_index$offset() {
        return if_index$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : unsigned int if_index } */
    public static int if_index(MemorySegment struct) {
        return struct.get(if_index$LAYOUT, if_index$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : unsigned int if_index } */
    public static void if_index(MemorySegment struct, int fieldValue) {
        struct.set(if_index$LAYOUT, if_index$OFFSET, fieldValue);
    }

    private static final OfShort min_mtu$LAYOUT = (OfShort)$LAYOUT.select(groupElement("min_mtu"));

    /** Layout for field: {@snippet lang=c : uint16_t min_mtu } */
    public static final OfShort min_mtu$layout() {
        return min_mtu$LAYOUT;
    }

    private static final long min_mtu$OFFSET = 20;

    /** Offset for field: {@snippet lang=c : uint16_t min_mtu } */
    public static final long min_mtu$offset() {
        return min_mtu$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t min_mtu } */
    public static short min_mtu(MemorySegment struct) {
        return struct.get(min_mtu$LAYOUT, min_mtu$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t min_mtu } */
    public static void min_mtu(MemorySegment struct, short fieldValue) {
        struct.set(min_mtu$LAYOUT, min_mtu$OFFSET, fieldValue);
    }

    private static final OfShort max_mtu$LAYOUT = (OfShort)$LAYOUT.select(groupElement("max_mtu"));

    /** Layout for field: {@snippet lang=c : uint16_t max_mtu } */
    public static final OfShort max_mtu$layout() {
        return max_mtu$LAYOUT;
    }

    private static final long max_mtu$OFFSET = 22;

    /** Offset for field: {@snippet lang=c : uint16_t max_mtu } */
    public static final long max_mtu$offset() {
        return max_mtu$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t max_mtu } */
    public static short max_mtu(MemorySegment struct) {
        return struct.get(max_mtu$LAYOUT, max_mtu$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t max_mtu } */
    public static void max_mtu(MemorySegment struct, short fieldValue) {
        struct.set(max_mtu$LAYOUT, max_mtu$OFFSET, fieldValue);
    }

    private static final OfInt min_rx_bufsize$LAYOUT = (OfInt)$LAYOUT.select(groupElement("min_rx_bufsize"));

    /** Layout for field: {@snippet lang=c : uint32_t min_rx_bufsize } */
    public static final OfInt min_rx_bufsize$layout() {
        return min_rx_bufsize$LAYOUT;
    }

    private static final long min_rx_bufsize$OFFSET = 32;

    /** Offset for field: {@snippet lang=c : uint32_t min_rx_bufsize } */
    public static final long min_rx_bufsize$offset() {
        return min_rx_bufsize$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t min_rx_bufsize } */
    public static int min_rx_bufsize(MemorySegment struct) {
        return struct.get(min_rx_bufsize$LAYOUT, min_rx_bufsize$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t min_rx_bufsize } */
    public static void min_rx_bufsize(MemorySegment struct, int fieldValue) {
        struct.set(min_rx_bufsize$LAYOUT, min_rx_bufsize$OFFSET, fieldValue);
    }

    private static final OfInt max_rx_pktlen$LAYOUT = (OfInt)$LAYOUT.select(groupElement("max_rx_pktlen"));

    /** Layout for field: {@snippet lang=c : uint32_t max_rx_pktlen } */
    public static final OfInt max_rx_pktlen$layout() {
        return max_rx_pktlen$LAYOUT;
    }

    private static final long max_rx_pktlen$OFFSET = 36;

    /** Offset for field: {@snippet lang=c : uint32_t max_rx_pktlen } */
    public static final long max_rx_pktlen$offset() {
        return max_rx_pktlen$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t max_rx_pktlen } */
    public static int max_rx_pktlen(MemorySegment struct) {
        return struct.get(max_rx_pktlen$LAYOUT, max_rx_pktlen$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t max_rx_pktlen } */
    public static void max_rx_pktlen(MemorySegment struct, int fieldValue) {
        struct.set(max_rx_pktlen$LAYOUT, max_rx_pktlen$OFFSET, fieldValue);
    }

    private static final OfShort max_rx_queues$LAYOUT = (OfShort)$LAYOUT.select(groupElement("max_rx_queues"));

    /** Layout for field: {@snippet lang=c : uint16_t max_rx_queues } */
    public static final OfShort max_rx_queues$layout() {
        return max_rx_queues$LAYOUT;
    }

    private static final long max_rx_queues$OFFSET = 44;

    /** Offset for field: {@snippet lang=c : uint16_t max_rx_queues } */
    public static final long max_rx_queues$offset() {
        return max_rx_queues$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t max_rx_queues } */
    public static short max_rx_queues(MemorySegment struct) {
        return struct.get(max_rx_queues$LAYOUT, max_rx_queues$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t max_rx_queues } */
    public static void max_rx_queues(MemorySegment struct, short fieldValue) {
        struct.set(max_rx_queues$LAYOUT, max_rx_queues$OFFSET, fieldValue);
    }

    private static final OfShort max_tx_queues$LAYOUT = (OfShort)$LAYOUT.select(groupElement("max_tx_queues"));

    /** Layout for field: {@snippet lang=c : uint16_t max_tx_queues } */
    public static final OfShort max_tx_queues$layout() {
        return max_tx_queues$LAYOUT;
    }

    private static final long max_tx_queues$OFFSET = 46;

    /** Offset for field: {@snippet lang=c : uint16_t max_tx_queues } */
    public static final long max_tx_queues$offset() {
        return max_tx_queues$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t max_tx_queues } */
    public static short max_tx_queues(MemorySegment struct) {
        return struct.get(max_tx_queues$LAYOUT, max_tx_queues$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t max_tx_queues } */
    public static void max_tx_queues(MemorySegment struct, short fieldValue) {
        struct.set(max_tx_queues$LAYOUT, max_tx_queues$OFFSET, fieldValue);
    }

    private static final OfInt max_mac_addrs$LAYOUT = (OfInt)$LAYOUT.select(groupElement("max_mac_addrs"));

    /** Layout for field: {@snippet lang=c : uint32_t max_mac_addrs } */
    public static final OfInt max_mac_addrs$layout() {
        return max_mac_addrs$LAYOUT;
    }

    private static final long max_mac_addrs$OFFSET = 48;

    /** Offset for field: {@snippet lang=c : uint32_t max_mac_addrs } */
    public static final long max_mac_addrs$offset() {
        return max_mac_addrs$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint32_t max_mac_addrs } */
    public static int max_mac_addrs(MemorySegment struct) {
        return struct.get(max_mac_addrs$LAYOUT, max_mac_addrs$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint32_t max_mac_addrs } */
    public static void max_mac_addrs(MemorySegment struct, int fieldValue) {
        struct.set(max_mac_addrs$LAYOUT, max_mac_addrs$OFFSET, fieldValue);
    }

    private static final OfLong rx_offload_capa$LAYOUT = (OfLong)$LAYOUT.select(groupElement("rx_offload_capa"));

    /** Layout for field: {@snippet lang=c : uint64_t rx_offload_capa } */
    public static final OfLong rx_offload_capa$layout() {
        return rx_offload_capa$LAYOUT;
    }

    private static final long rx_offload_capa$OFFSET = 72;

    /** Offset for field: {@snippet lang=c : uint64_t rx_offload_capa } */
    public static final long rx_offload_capa$offset() {
        return rx_offload_capa$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint64_t rx_offload_capa } */
    public static long rx_offload_capa(MemorySegment struct) {
        return struct.get(rx_offload_capa$LAYOUT, rx_offload_capa$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint64_t rx_offload_capa } */
    public static void rx_offload_capa(MemorySegment struct, long fieldValue) {
        struct.set(rx_offload_capa$LAYOUT, rx_offload_capa$OFFSET, fieldValue);
    }

    private static final OfLong tx_offload_capa$LAYOUT = (OfLong)$LAYOUT.select(groupElement("tx_offload_capa"));

    /** Layout for field: {@snippet lang=c : uint64_t tx_offload_capa } */
    public static final OfLong tx_offload_capa$layout() {
        return tx_offload_capa$LAYOUT;
    }

    private static final long tx_offload_capa$OFFSET = 80;

    /** Offset for field: {@snippet lang=c : uint64_t tx_offload_capa } */
    public static final long tx_offload_capa$offset() {
        return tx_offload_capa$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint64_t tx_offload_capa } */
    public static long tx_offload_capa(MemorySegment struct) {
        return struct.get(tx_offload_capa$LAYOUT, tx_offload_capa$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint64_t tx_offload_capa } */
    public static void tx_offload_capa(MemorySegment struct, long fieldValue) {
        struct.set(tx_offload_capa$LAYOUT, tx_offload_capa$OFFSET, fieldValue);
    }

    private static final OfLong flow_type_rss_offloads$LAYOUT = (OfLong)$LAYOUT.select(groupElement("flow_type_rss_offloads"));

    /** Layout for field: {@snippet lang=c : uint64_t flow_type_rss_offloads } */
    public static final OfLong flow_type_rss_offloads$layout() {
        return flow_type_rss_offloads$LAYOUT;
    }

    private static final long flow_type_rss_offloads$OFFSET = 112;

    /** Offset for field: {@snippet lang=c : uint64_t flow_type_rss_offloads } */
    public static final long flow_type_rss_offloads$offset() {
        return flow_type_rss_offloads$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint64_t flow_type_rss_offloads } */
    public static long flow_type_rss_offloads(MemorySegment struct) {
        return struct.get(flow_type_rss_offloads$LAYOUT, flow_type_rss_offloads$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint64_t flow_type_rss_offloads } */
    public static void flow_type_rss_offloads(MemorySegment struct, long fieldValue) {
        struct.set(flow_type_rss_offloads$LAYOUT, flow_type_rss_offloads$OFFSET, fieldValue);
    }

    private static final GroupLayout rx_desc_lim$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("rx_desc_lim"));

    /** Layout for field: {@snippet lang=c : struct rte_eth_desc_lim rx_desc_lim } */
    public static final GroupLayout rx_desc_lim$layout() {
        return rx_desc_lim$LAYOUT;
    }

    private static final long rx_desc_lim$OFFSET = 262;

    /** Offset for field: {@snippet lang=c : struct rte_eth_desc_lim rx_desc_lim } */
    public static final long rx_desc_lim$offset() {
        return rx_desc_lim$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_eth_desc_lim rx_desc_lim } */
    public static MemorySegment rx_desc_lim(MemorySegment struct) {
        return struct.asSlice(rx_desc_lim$OFFSET, rx_desc_lim$LAYOUT.byteSize());
    }

    private static final GroupLayout tx_desc_lim$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("tx_desc_lim"));

    /** Layout for field: {@snippet lang=c : struct rte_eth_desc_lim tx_desc_lim } */
    public static final GroupLayout tx_desc_lim$layout() {
        return tx_desc_lim$LAYOUT;
    }

    private static final long tx_desc_lim$OFFSET = 272;

    /** Offset for field: {@snippet lang=c : struct rte_eth_desc_lim tx_desc_lim } */
    public static final long tx_desc_lim$offset() {
        return tx_desc_lim$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : struct rte_eth_desc_lim tx_desc_lim } */
    public static MemorySegment tx_desc_lim(MemorySegment struct) {
        return struct.asSlice(tx_desc_lim$OFFSET, tx_desc_lim$LAYOUT.byteSize());
    }

    private static final OfShort nb_rx_queues$LAYOUT = (OfShort)$LAYOUT.select(groupElement("nb_rx_queues"));

    /** Layout for field: {@snippet lang=c : uint16_t nb_rx_queues } */
    public static final OfShort nb_rx_queues$layout() {
        return nb_rx_queues$LAYOUT;
    }

    private static final long nb_rx_queues$OFFSET = 288;

    /** Offset for field: {@snippet lang=c : uint16_t nb_rx_queues } */
    public static final long nb_rx_queues$offset() {
        return nb_rx_queues$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t nb_rx_queues } */
    public static short nb_rx_queues(MemorySegment struct) {
        return struct.get(nb_rx_queues$LAYOUT, nb_rx_queues$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t nb_rx_queues } */
    public static void nb_rx_queues(MemorySegment struct, short fieldValue) {
        struct.set(nb_rx_queues$LAYOUT, nb_rx_queues$OFFSET, fieldValue);
    }

    private static final OfShort nb_tx_queues$LAYOUT = (OfShort)$LAYOUT.select(groupElement("nb_tx_queues"));

    /** Layout for field: {@snippet lang=c : uint16_t nb_tx_queues } */
    public static final OfShort nb_tx_queues$layout() {
        return nb_tx_queues$LAYOUT;
    }

    private static final long nb_tx_queues$OFFSET = 290;

    /** Offset for field: {@snippet lang=c : uint16_t nb_tx_queues } */
    public static final long nb_tx_queues$offset() {
        return nb_tx_queues$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint16_t nb_tx_queues } */
    public static short nb_tx_queues(MemorySegment struct) {
        return struct.get(nb_tx_queues$LAYOUT, nb_tx_queues$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint16_t nb_tx_queues } */
    public static void nb_tx_queues(MemorySegment struct, short fieldValue) {
        struct.set(nb_tx_queues$LAYOUT, nb_tx_queues$OFFSET, fieldValue);
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
