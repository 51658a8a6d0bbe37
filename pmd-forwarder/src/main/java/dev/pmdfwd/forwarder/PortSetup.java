package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.EthDev;
import dev.pmdfwd.dpdk.EthDevInfo;
import dev.pmdfwd.dpdk.PacketPool;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_conf;
import dev.pmdfwd.dpdk.gen.rte_eth_rss_conf;
import dev.pmdfwd.dpdk.gen.rte_eth_rx_adv_conf;
import dev.pmdfwd.dpdk.gen.rte_eth_rxmode;
import dev.pmdfwd.dpdk.gen.rte_eth_txmode;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Configures and starts one port for bridging, in the order of DPDK's examples/skeleton: configure,
 * adjust descriptors, queue setup, start, promiscuous. Frames up to maxPktLen are accepted; chains of
 * mbufs are transmitted as they are (multi-segment tx wherever the driver offers it).
 */
final class PortSetup {
    private static final int ETHER_OVERHEAD = dpdk_h.RTE_ETHER_HDR_LEN() + dpdk_h.RTE_ETHER_CRC_LEN();

    /** What was configured, for the report. */
    record Port(int id, String name, String driver, int rxQueues, int txQueues, int rxDesc, int txDesc,
                boolean promiscuous, boolean scatter, boolean multiSegTx, String mac, List<String> warnings) {
    }

    private PortSetup() {
    }

    static Port start(int port, PortSettings settings, PacketPool pool) {
        EthDevInfo info = EthDev.info(port);
        String name = EthDev.name(port);
        List<String> warnings = new ArrayList<>();
        if (settings.rxQueues() > info.maxRxQueues()) {
            throw new DpdkException("port " + port + " (" + name + ") has at most " + info.maxRxQueues()
                    + " rx queues, --rxq asks for " + settings.rxQueues(), 22);
        }
        if (settings.txQueues() > info.maxTxQueues()) {
            throw new DpdkException("port " + port + " (" + name + ") has at most " + info.maxTxQueues()
                    + " tx queues; one is needed per forwarding lcore (" + settings.txQueues()
                    + "): give fewer lcores with -l", 22);
        }
        boolean needsScatter = settings.maxPktLen() > settings.mbufDataRoom() - dpdk_h.RTE_PKTMBUF_HEADROOM();
        boolean scatter = needsScatter && (info.rxOffloadCapa() & dpdk_h.RTE_ETH_RX_OFFLOAD_SCATTER()) != 0;
        // net_pcap chains large frames itself without offering the flag (eth_pcap_rx_jumbo in
        // drivers/net/pcap/pcap_ethdev.c); other drivers without it may drop or truncate them
        if (needsScatter && !scatter && !info.driverName().equals("net_pcap")) {
            warnings.add("port " + port + " (" + name + ") cannot scatter rx into mbuf chains: frames above "
                    + (settings.mbufDataRoom() - dpdk_h.RTE_PKTMBUF_HEADROOM()) + " bytes depend on the driver");
        }
        boolean multiSegTx = (info.txOffloadCapa() & dpdk_h.RTE_ETH_TX_OFFLOAD_MULTI_SEGS()) != 0;
        int[] desc;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment conf = rte_eth_conf.allocate(arena);
            MemorySegment rxmode = rte_eth_conf.rxmode(conf);
            int mtu = settings.maxPktLen() - ETHER_OVERHEAD;
            if (mtu != dpdk_h.RTE_ETHER_MTU()) {
                rte_eth_rxmode.mtu(rxmode, mtu);
            }
            rte_eth_rxmode.offloads(rxmode, scatter ? dpdk_h.RTE_ETH_RX_OFFLOAD_SCATTER() : 0);
            if (settings.rxQueues() > 1) {
                long rss = (dpdk_h.RTE_ETH_RSS_IP() | dpdk_h.RTE_ETH_RSS_UDP() | dpdk_h.RTE_ETH_RSS_TCP())
                        & info.flowTypeRssOffloads();
                if (rss == 0) {
                    warnings.add("port " + port + " (" + name + ") offers no RSS: all flows land on rx queue 0");
                } else {
                    rte_eth_rxmode.mq_mode(rxmode, dpdk_h.RTE_ETH_MQ_RX_RSS());
                    rte_eth_rss_conf.rss_hf(rte_eth_rx_adv_conf.rss_conf(rte_eth_conf.rx_adv_conf(conf)), rss);
                }
            }
            rte_eth_txmode.offloads(rte_eth_conf.txmode(conf), multiSegTx ? dpdk_h.RTE_ETH_TX_OFFLOAD_MULTI_SEGS() : 0);
            DpdkException.check(dpdk_h.rte_eth_dev_configure((short) port, (short) settings.rxQueues(),
                    (short) settings.txQueues(), conf), "port " + port + " (" + name + "): configure with max packet length "
                    + settings.maxPktLen());
        }
        desc = EthDev.adjustDescriptors(port, settings.rxDesc(), settings.txDesc());
        int socket = EthDev.socketId(port);
        for (int q = 0; q < settings.rxQueues(); q++) {
            DpdkException.check(dpdk_h.rte_eth_rx_queue_setup((short) port, (short) q, (short) desc[0], socket,
                    MemorySegment.NULL, pool.pointer()), "port " + port + " (" + name + "): rx queue " + q + " setup");
        }
        for (int q = 0; q < settings.txQueues(); q++) {
            DpdkException.check(dpdk_h.rte_eth_tx_queue_setup((short) port, (short) q, (short) desc[1], socket,
                    MemorySegment.NULL), "port " + port + " (" + name + "): tx queue " + q + " setup");
        }
        EthDev.start(port);
        boolean promiscuous = EthDev.promiscuous(port);
        if (!promiscuous) {
            warnings.add("port " + port + " (" + name + ") has no promiscuous mode (" + info.driverName()
                    + "): it may only see frames addressed to it");
        }
        return new Port(port, name, info.driverName(), settings.rxQueues(), settings.txQueues(), desc[0], desc[1],
                promiscuous, scatter, multiSegTx, EthDev.macAddress(port), List.copyOf(warnings));
    }
}
