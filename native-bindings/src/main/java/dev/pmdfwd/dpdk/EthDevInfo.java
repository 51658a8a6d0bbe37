package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.rte_eth_desc_lim;
import dev.pmdfwd.dpdk.gen.rte_eth_dev_info;

import java.lang.foreign.MemorySegment;

/** What a port's driver says it can do ({@code rte_eth_dev_info_get}), the part the forwarder uses. */
public record EthDevInfo(String driverName, int maxRxQueues, int maxTxQueues, long maxRxPktLen, int minMtu,
                         int maxMtu, int minRxBufSize, long rxOffloadCapa, long txOffloadCapa,
                         long flowTypeRssOffloads, int rxDescMax, int rxDescMin, int txDescMax, int txDescMin) {

    public static EthDevInfo read(MemorySegment info) {
        MemorySegment driver = rte_eth_dev_info.driver_name(info);
        MemorySegment rxLim = rte_eth_dev_info.rx_desc_lim(info);
        MemorySegment txLim = rte_eth_dev_info.tx_desc_lim(info);
        return new EthDevInfo(
                driver.equals(MemorySegment.NULL) ? "?" : driver.getString(0),
                Short.toUnsignedInt(rte_eth_dev_info.max_rx_queues(info)),
                Short.toUnsignedInt(rte_eth_dev_info.max_tx_queues(info)),
                Integer.toUnsignedLong(rte_eth_dev_info.max_rx_pktlen(info)),
                Short.toUnsignedInt(rte_eth_dev_info.min_mtu(info)),
                Short.toUnsignedInt(rte_eth_dev_info.max_mtu(info)),
                rte_eth_dev_info.min_rx_bufsize(info),
                rte_eth_dev_info.rx_offload_capa(info),
                rte_eth_dev_info.tx_offload_capa(info),
                rte_eth_dev_info.flow_type_rss_offloads(info),
                Short.toUnsignedInt(rte_eth_desc_lim.nb_max(rxLim)),
                Short.toUnsignedInt(rte_eth_desc_lim.nb_min(rxLim)),
                Short.toUnsignedInt(rte_eth_desc_lim.nb_max(txLim)),
                Short.toUnsignedInt(rte_eth_desc_lim.nb_min(txLim)));
    }
}
