package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_dev_info;
import dev.pmdfwd.dpdk.gen.rte_eth_link;
import dev.pmdfwd.dpdk.gen.rte_eth_stats;
import dev.pmdfwd.dpdk.gen.rte_eth_xstat;
import dev.pmdfwd.dpdk.gen.rte_eth_xstat_name;
import dev.pmdfwd.dpdk.gen.rte_ether_addr;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Control-path ethdev calls with DPDK's {@code -errno} returns turned into {@link DpdkException}s that
 * name the port. Not for the data path: each call allocates its argument structs in a confined arena.
 */
public final class EthDev {
    private static final long NO_OWNER = 0; // RTE_ETH_DEV_NO_OWNER

    private EthDev() {
    }

    /** The ids of the usable ports, in order (RTE_ETH_FOREACH_DEV). */
    public static List<Integer> ports() {
        List<Integer> ports = new ArrayList<>();
        int max = dpdk_h.RTE_MAX_ETHPORTS();
        for (long p = dpdk_h.rte_eth_find_next_owned_by((short) 0, NO_OWNER); p < max;
             p = dpdk_h.rte_eth_find_next_owned_by((short) (p + 1), NO_OWNER)) {
            ports.add((int) p);
        }
        return ports;
    }

    public static String name(int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocate(dpdk_h.RTE_ETH_NAME_MAX_LEN());
            DpdkException.check(dpdk_h.rte_eth_dev_get_name_by_port((short) port, name), "port " + port + ": name");
            return name.getString(0);
        }
    }

    public static EthDevInfo info(int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = rte_eth_dev_info.allocate(arena);
            DpdkException.check(dpdk_h.rte_eth_dev_info_get((short) port, info), "port " + port + ": rte_eth_dev_info_get");
            return EthDevInfo.read(info);
        }
    }

    public static int socketId(int port) {
        return dpdk_h.rte_eth_dev_socket_id((short) port);
    }

    /** Lets the driver round descriptor counts to what it supports; returns {rx, tx}. */
    public static int[] adjustDescriptors(int port, int rxDesc, int txDesc) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment rx = arena.allocateFrom(JAVA_SHORT, (short) rxDesc);
            MemorySegment tx = arena.allocateFrom(JAVA_SHORT, (short) txDesc);
            DpdkException.check(dpdk_h.rte_eth_dev_adjust_nb_rx_tx_desc((short) port, rx, tx),
                    "port " + port + ": rte_eth_dev_adjust_nb_rx_tx_desc");
            return new int[]{Short.toUnsignedInt(rx.get(JAVA_SHORT, 0)), Short.toUnsignedInt(tx.get(JAVA_SHORT, 0))};
        }
    }

    public static void start(int port) {
        DpdkException.check(dpdk_h.rte_eth_dev_start((short) port), "port " + port + ": rte_eth_dev_start");
    }

    public static void stop(int port) {
        DpdkException.check(dpdk_h.rte_eth_dev_stop((short) port), "port " + port + ": rte_eth_dev_stop");
    }

    public static void close(int port) {
        DpdkException.check(dpdk_h.rte_eth_dev_close((short) port), "port " + port + ": rte_eth_dev_close");
    }

    /** Enables promiscuous mode; returns false when the driver does not support it (-ENOTSUP). */
    public static boolean promiscuous(int port) {
        int rc = dpdk_h.rte_eth_promiscuous_enable((short) port);
        if (rc == -95) { // ENOTSUP: some vdevs (net_null) have no filter to open
            return false;
        }
        DpdkException.check(rc, "port " + port + ": rte_eth_promiscuous_enable");
        return dpdk_h.rte_eth_promiscuous_get((short) port) == 1;
    }

    public static String macAddress(int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mac = rte_ether_addr.allocate(arena);
            DpdkException.check(dpdk_h.rte_eth_macaddr_get((short) port, mac), "port " + port + ": rte_eth_macaddr_get");
            return HexFormat.ofDelimiter(":").formatHex(rte_ether_addr.addr_bytes(mac).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
    }

    public static EthLink link(int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment link = rte_eth_link.allocate(arena);
            DpdkException.check(dpdk_h.rte_eth_link_get_nowait((short) port, link), "port " + port + ": rte_eth_link_get_nowait");
            return EthLink.read(link);
        }
    }

    public static EthStats stats(int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment stats = rte_eth_stats.allocate(arena);
            DpdkException.check(dpdk_h.rte_eth_stats_get((short) port, stats), "port " + port + ": rte_eth_stats_get");
            return EthStats.read(stats);
        }
    }

    public static void resetStats(int port) {
        DpdkException.check(dpdk_h.rte_eth_stats_reset((short) port), "port " + port + ": rte_eth_stats_reset");
    }

    /** The driver's extended statistics by name, in the driver's order. */
    public static Map<String, Long> xstats(int port) {
        try (Arena arena = Arena.ofConfined()) {
            int n = DpdkException.check(dpdk_h.rte_eth_xstats_get_names((short) port, MemorySegment.NULL, 0),
                    "port " + port + ": rte_eth_xstats_get_names");
            MemorySegment names = rte_eth_xstat_name.allocateArray(n, arena);
            MemorySegment values = rte_eth_xstat.allocateArray(n, arena);
            int named = DpdkException.check(dpdk_h.rte_eth_xstats_get_names((short) port, names, n), "port " + port + ": xstats names");
            int got = DpdkException.check(dpdk_h.rte_eth_xstats_get((short) port, values, n), "port " + port + ": xstats");
            Map<String, Long> result = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(named, got); i++) {
                MemorySegment value = rte_eth_xstat.asSlice(values, i);
                String name = rte_eth_xstat_name.name(rte_eth_xstat_name.asSlice(names, rte_eth_xstat.id(value))).getString(0);
                result.put(name, rte_eth_xstat.value(value));
            }
            return result;
        }
    }

    public static int mtu(int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mtu = arena.allocate(JAVA_SHORT);
            DpdkException.check(dpdk_h.rte_eth_dev_get_mtu((short) port, mtu), "port " + port + ": rte_eth_dev_get_mtu");
            return Short.toUnsignedInt(mtu.get(JAVA_SHORT, 0));
        }
    }
}
