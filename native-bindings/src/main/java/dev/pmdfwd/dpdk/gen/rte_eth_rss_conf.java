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
 * {@snippet lang=c : struct rte_eth_rss_conf } (24 bytes).
 */
public class rte_eth_rss_conf {

    rte_eth_rss_conf() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        dpdk_h.C_POINTER.withName("rss_key"),
        dpdk_h.C_CHAR.withName("rss_key_len"),
        MemoryLayout.paddingLayout(7),
        dpdk_h.C_LONG.withName("rss_hf")
    ).withName("rte_eth_rss_conf");

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout rss_key$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("rss_key"));

    /** Layout for field: {@snippet lang=c : uint8_t * rss_key } */
    public static final AddressLayout rss_key$layout() {
        return rss_key$LAYOUT;
    }

    private static final long rss_key$OFFSET = 0;

    /** Offset for field: {@snippet lang=c : uint8_t * rss_key } */
    public static final long rss_key$offset() {
        return rss_key$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint8_t * rss_key } */
    public static MemorySegment rss_key(MemorySegment struct) {
        return struct.get(rss_key$LAYOUT, rss_key$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint8_t * rss_key } */
    public static void rss_key(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(rss_key$LAYOUT, rss_key$OFFSET, fieldValue);
    }

    private static final OfByte rss_key_len$LAYOUT = (OfByte)$LAYOUT.select(groupElement("rss_key_len"));

    /** Layout for field: {@snippet lang=c : uint8_t rss_key_len } */
    public static final OfByte rss_key_len$layout() {
        return rss_key_len$LAYOUT;
    }

    private static final long rss_key_len$OFFSET = 8;

    /** Offset for field: {@snippet lang=c : uint8_t rss_key_len } */
    public static final long rss_key_len$offset() {
        return rss_key_len$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint8_t rss_key_len } */
    public static byte rss_key_len(MemorySegment struct) {
        return struct.get(rss_key_len$LAYOUT, rss_key_len$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint8_t rss_key_len } */
    public static void rss_key_len(MemorySegment struct, byte fieldValue) {
        struct.set(rss_key_len$LAYOUT, rss_key_len$OFFSET, fieldValue);
    }

    private static final OfLong rss_hf$LAYOUT = (OfLong)$LAYOUT.select(groupElement("rss_hf"));

    /** Layout for field: {@snippet lang=c : uint64_t rss_hf } */
    public static final OfLong rss_hf$layout() {
        return rss_hf$LAYOUT;
    }

    private static final long rss_hf$OFFSET = 16;

    /** Offset for field: {@snippet lang=c : uint64_t rss_hf } */
    public static final long rss_hf$offset() {
        return rss_hf$OFFSET;
    }

    /** Getter for field: {@snippet lang=c : uint64_t rss_hf } */
    public static long rss_hf(MemorySegment struct) {
        return struct.get(rss_hf$LAYOUT, rss_hf$OFFSET);
    }

    /** Setter for field: {@snippet lang=c : uint64_t rss_hf } */
    public static void rss_hf(MemorySegment struct, long fieldValue) {
        struct.set(rss_hf$LAYOUT, rss_hf$OFFSET, fieldValue);
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
