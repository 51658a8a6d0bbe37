package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_link;
import dev.pmdfwd.dpdk.gen.rte_eth_stats;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Reads ports' {@code rte_eth_stats} and link into memory allocated once, for a control loop that must
 * not allocate: a young GC stops the forwarding lcores too. {@link EthDev#stats}/{@link EthDev#link}
 * are the convenient, allocating versions. Not thread-safe: one sampler per thread.
 * Each read returns DPDK's status (0 or a negative errno) instead of throwing; the getters then give
 * what the last successful read filled in.
 */
public final class EthDevSampler {
    private final MemorySegment stats;
    private final MemorySegment link;

    public EthDevSampler(Arena arena) {
        this.stats = rte_eth_stats.allocate(arena);
        this.link = rte_eth_link.allocate(arena);
    }

    /** rte_eth_stats_get into this sampler's copy. */
    public int readStats(int port) {
        return dpdk_h.rte_eth_stats_get((short) port, stats);
    }

    public long ipackets() {
        return rte_eth_stats.ipackets(stats);
    }

    public long opackets() {
        return rte_eth_stats.opackets(stats);
    }

    public long imissed() {
        return rte_eth_stats.imissed(stats);
    }

    public long ierrors() {
        return rte_eth_stats.ierrors(stats);
    }

    public long oerrors() {
        return rte_eth_stats.oerrors(stats);
    }

    public long rxNombuf() {
        return rte_eth_stats.rx_nombuf(stats);
    }

    /** rte_eth_link_get_nowait into this sampler's copy. */
    public int readLink(int port) {
        return dpdk_h.rte_eth_link_get_nowait((short) port, link);
    }

    /** The link_status bit of the last link read (see {@link EthLink} for the bit-field layout). */
    public boolean linkUp() {
        return (link.get(JAVA_SHORT, EthLink.BITS_OFFSET) >> EthLink.STATUS_BIT & 1) != 0;
    }

    /** The last link read as a value (allocates: for the log line when the link changed). */
    public EthLink link() {
        return EthLink.read(link);
    }
}
