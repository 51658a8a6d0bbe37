package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.rte_eth_link;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * A port's link. {@code struct rte_eth_link} (rte_ethdev.h, DPDK 22.11) packs duplex, autoneg and
 * status as bit-fields of the uint16_t at offset 4, which jextract does not map:
 * {@code link_duplex:1} is bit 0, {@code link_autoneg:1} bit 1, {@code link_status:1} bit 2
 * (GCC allocates bit-fields from the least significant bit on x86-64). LayoutTest checks these bits.
 */
public record EthLink(int speedMbps, boolean fullDuplex, boolean autoneg, boolean up) {
    /** Byte offset of the bit-field word. */
    public static final long BITS_OFFSET = 4;
    public static final int DUPLEX_BIT = 0;
    public static final int AUTONEG_BIT = 1;
    public static final int STATUS_BIT = 2;

    public static EthLink read(MemorySegment link) {
        int bits = Short.toUnsignedInt(link.get(JAVA_SHORT, BITS_OFFSET));
        return new EthLink(rte_eth_link.link_speed(link),
                (bits >> DUPLEX_BIT & 1) != 0, (bits >> AUTONEG_BIT & 1) != 0, (bits >> STATUS_BIT & 1) != 0);
    }

    @Override
    public String toString() {
        return up ? "up " + (speedMbps == 0 ? "" : speedMbps + " Mbps ") + (fullDuplex ? "full-duplex" : "half-duplex") : "down";
    }
}
