package dev.pmdfwd.eal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The virtual-device drivers this forwarder supports, with the devargs keys each takes in DPDK 22.11
 * (the PMD_INFO_STRING "params" of the installed PMDs under pmds-23.0, plus keys those PMDs parse without
 * listing them there, e.g. net_tap "persist", net_vhost "legacy-ol-flags").
 */
enum VdevDriver {
    NET_NULL("net_null", List.of("eth_null"), List.of("size", "copy", "no-rx")),
    NET_PCAP("net_pcap", List.of("eth_pcap"),
            List.of("rx_pcap", "tx_pcap", "rx_iface", "rx_iface_in", "tx_iface", "iface", "phy_mac", "infinite_rx")),
    NET_RING("net_ring", List.of("eth_ring"), List.of("nodeaction")),
    NET_TAP("net_tap", List.of("eth_tap"), List.of("iface", "mac", "remote", "persist")),
    NET_VIRTIO_USER("net_virtio_user", List.of("virtio_user"),
            List.of("path", "mac", "cq", "queue_size", "queues", "iface", "server", "mrg_rxbuf", "in_order",
                    "packed_vq", "speed", "vectorized")),
    NET_VHOST("net_vhost", List.of("eth_vhost"),
            List.of("iface", "queues", "client", "iommu-support", "postcopy-support", "tso", "linear-buffer",
                    "ext-buffer", "legacy-ol-flags")),
    NET_AF_PACKET("net_af_packet", List.of("eth_af_packet"),
            List.of("iface", "qpairs", "blocksz", "framesz", "framecnt", "qdisc_bypass")),
    NET_MEMIF("net_memif", List.of(),
            List.of("id", "role", "bsize", "rsize", "socket", "socket-abstract", "owner-uid", "owner-gid", "mac",
                    "zero-copy", "secret"));

    private final String canonical;
    private final List<String> aliases;
    private final List<String> keys;

    VdevDriver(String canonical, List<String> aliases, List<String> keys) {
        this.canonical = canonical;
        this.aliases = aliases;
        this.keys = keys;
    }

    String canonical() {
        return canonical;
    }

    List<String> keys() {
        return keys;
    }

    /**
     * The driver of a vdev instance name: like rte_vdev, the name must start with the driver name or an alias
     * ("net_pcap0", "virtio_user1"). The longest match wins so prefixes of each other cannot be confused.
     */
    static Optional<VdevDriver> forInstance(String instanceName) {
        VdevDriver best = null;
        int bestLength = 0;
        for (VdevDriver driver : values()) {
            List<String> prefixes = new ArrayList<>(driver.aliases);
            prefixes.add(driver.canonical);
            for (String prefix : prefixes) {
                if (instanceName.startsWith(prefix) && prefix.length() > bestLength) {
                    best = driver;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<VdevDriver> byCanonical(String canonical) {
        return Arrays.stream(values()).filter(d -> d.canonical.equals(canonical)).findFirst();
    }

    static String namesForHelp() {
        return "net_null, net_pcap, net_ring, net_tap, net_virtio_user (or virtio_user), net_vhost, net_af_packet, net_memif";
    }
}
