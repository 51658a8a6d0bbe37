package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.rte_eth_stats;

import java.lang.foreign.MemorySegment;

/** The basic counters of {@code struct rte_eth_stats} that every PMD fills. */
public record EthStats(long ipackets, long opackets, long ibytes, long obytes, long imissed, long ierrors,
                       long oerrors, long rxNombuf) {

    public static EthStats read(MemorySegment stats) {
        return new EthStats(rte_eth_stats.ipackets(stats), rte_eth_stats.opackets(stats),
                rte_eth_stats.ibytes(stats), rte_eth_stats.obytes(stats), rte_eth_stats.imissed(stats),
                rte_eth_stats.ierrors(stats), rte_eth_stats.oerrors(stats), rte_eth_stats.rx_nombuf(stats));
    }
}
