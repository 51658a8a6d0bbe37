package dev.pmdfwd.eal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks each {@code --vdev} against its driver before EAL probes it: keys known, values well formed, the files
 * and sockets it needs present. A PMD that fails its probe in EAL only logs and leaves the port out, so a typo
 * here would otherwise surface later as a confusing port count.
 */
final class VdevChecks {
    private static final Pattern IFACE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,15}"); // IFNAMSIZ - 1
    private static final Pattern MAC = Pattern.compile("(?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}");
    private static final Pattern RING_NODEACTION = Pattern.compile("[^:]+:\\d+:(?:ATTACH|CREATE)");

    /** Per driver, keys whose value must differ between vdevs (two ports on one tap, socket or capture file clash). */
    private static final Map<VdevDriver, String> UNIQUE_KEY = Map.of(
            VdevDriver.NET_TAP, "iface",
            VdevDriver.NET_VHOST, "iface",
            VdevDriver.NET_VIRTIO_USER, "path",
            VdevDriver.NET_PCAP, "tx_pcap");

    private final SystemView system;
    private final List<String> warnings = new java.util.ArrayList<>();

    private VdevChecks(SystemView system) {
        this.system = system;
    }

    /** Throws for the first wrong vdev; returns warnings about the ones that will run but not as hoped. */
    static List<String> check(List<Vdev> vdevs, SystemView system) throws LaunchException {
        VdevChecks checks = new VdevChecks(system);
        Set<String> names = new HashSet<>();
        Map<String, String> uniqueValues = new HashMap<>();
        for (Vdev vdev : vdevs) {
            if (!names.add(vdev.name())) {
                throw new LaunchException("--vdev " + vdev.name() + " is given twice: give each vdev its own name"
                        + " (e.g. " + vdev.driver() + "0 and " + vdev.driver() + "1)");
            }
            VdevDriver driver = VdevDriver.byCanonical(vdev.driver()).orElseThrow(() -> new LaunchException(
                    "--vdev " + Text.q(vdev.name()) + " has unsupported driver " + Text.q(vdev.driver()) + ": use one of "
                            + VdevDriver.namesForHelp()));
            checks.checkKeys(vdev, driver);
            checks.checkValues(vdev, driver);
            String uniqueKey = UNIQUE_KEY.get(driver);
            if (uniqueKey != null && vdev.args().containsKey(uniqueKey)) {
                String slot = driver.canonical() + " " + uniqueKey + "=" + vdev.args().get(uniqueKey);
                String other = uniqueValues.putIfAbsent(slot, vdev.name());
                if (other != null) {
                    throw new LaunchException("--vdev " + vdev.name() + " uses " + uniqueKey + "=" + Text.q(vdev.args().get(uniqueKey))
                            + " like --vdev " + other + ": give each vdev its own " + uniqueKey);
                }
            }
        }
        return List.copyOf(checks.warnings);
    }

    private void checkKeys(Vdev vdev, VdevDriver driver) throws LaunchException {
        for (String key : vdev.args().keySet()) {
            if (!driver.keys().contains(key)) {
                throw new LaunchException("--vdev " + vdev.name() + ": unknown key " + Text.q(key) + " for " + driver.canonical()
                        + "; known keys: " + String.join(", ", driver.keys()));
            }
        }
    }

    private void checkValues(Vdev v, VdevDriver driver) throws LaunchException {
        Map<String, String> a = v.args();
        switch (driver) {
            case NET_NULL -> {
                positive(v, "size");
                zeroOrOne(v, "copy");
                zeroOrOne(v, "no-rx");
            }
            case NET_PCAP -> checkPcap(v, a);
            case NET_RING -> {
                if (a.containsKey("nodeaction") && !RING_NODEACTION.matcher(a.get("nodeaction")).matches()) {
                    throw bad(v, "nodeaction", "write nodeaction=<ring name>:<numa node>:CREATE (or :ATTACH)");
                }
            }
            case NET_TAP -> {
                if (a.containsKey("iface")) {
                    interfaceName(v, "iface");
                }
                if (a.containsKey("mac") && !a.get("mac").equals("fixed") && !MAC.matcher(a.get("mac")).matches()) {
                    throw bad(v, "mac", "write mac=fixed or mac=xx:xx:xx:xx:xx:xx");
                }
                if (a.containsKey("remote")) {
                    existingInterface(v, "remote");
                }
                if (a.containsKey("persist") && !a.get("persist").isEmpty()) {
                    throw bad(v, "persist", "write persist alone, without a value");
                }
            }
            case NET_VIRTIO_USER -> checkVirtioUser(v, a);
            case NET_VHOST -> {
                String iface = required(v, "iface", "the vhost-user socket path, e.g. iface=/tmp/vhost0.sock");
                zeroOrOne(v, "client");
                positive(v, "queues");
                for (String flag : List.of("iommu-support", "postcopy-support", "tso", "linear-buffer", "ext-buffer", "legacy-ol-flags")) {
                    zeroOrOne(v, flag);
                }
                if ("1".equals(a.get("client"))) {
                    socketExists(v, "iface", iface, "start the vhost-user server (e.g. the VM's QEMU) first, or drop client=1 so this port creates the socket");
                } else {
                    socketFolderWritable(v, "iface", iface);
                }
            }
            case NET_AF_PACKET -> {
                required(v, "iface", "the kernel interface to bind, e.g. iface=eth0");
                existingInterface(v, "iface");
                for (String key : List.of("qpairs", "blocksz", "framesz", "framecnt")) {
                    positive(v, key);
                }
                zeroOrOne(v, "qdisc_bypass");
            }
            case NET_MEMIF -> checkMemif(v, a);
        }
    }

    /** net_pcap only leaves the port out for a file it cannot open, and sends any link type as Ethernet. */
    private void checkCapture(Vdev v, Path file) throws LaunchException {
        Optional<PcapSummary> summary = system.pcapSummary(file);
        if (summary.isEmpty()) {
            return;
        }
        PcapSummary pcap = summary.get();
        String where = "--vdev " + v.name() + ": rx_pcap file " + Text.q(file.toString());
        switch (pcap.format()) {
            case UNKNOWN -> throw new LaunchException(where + " is not a pcap or pcapng capture (it starts with 0x"
                    + String.format("%08x", pcap.magic()) + "): give a capture written by tcpdump, tshark or similar");
            case PCAPNG -> {
                // link types are per interface in pcapng; libpcap reads it, and it is passed as it is
            }
            case PCAP -> {
                if (pcap.linkType() != PcapSummary.LINKTYPE_ETHERNET) {
                    throw new LaunchException(where + " has link type " + pcap.linkType() + ", not Ethernet (1): its frames"
                            + " would be forwarded as if they were Ethernet; capture on an Ethernet interface instead");
                }
                if (pcap.truncated()) {
                    warnings.add(where + " ends inside a frame: only its " + pcap.frames() + " whole frames are sent");
                } else if (pcap.frames() == 0) {
                    warnings.add(where + " holds no frames: port " + v.name() + " receives nothing from it");
                }
            }
        }
    }

    private void checkPcap(Vdev v, Map<String, String> a) throws LaunchException {
        if (a.isEmpty()) {
            throw new LaunchException("--vdev " + v.name() + " has nothing to read or write: add rx_pcap=<file> and/or"
                    + " tx_pcap=<file>, or iface=<interface>");
        }
        if (a.containsKey("rx_pcap")) {
            Path file = Path.of(a.get("rx_pcap"));
            if (!system.exists(file)) {
                throw new LaunchException("--vdev " + v.name() + ": rx_pcap file " + Text.q(file.toString())
                        + " does not exist: fix the path or capture one first (e.g. tcpdump -w " + Text.q(file.toString()) + ")");
            }
            if (!system.isReadableFile(file)) {
                throw new LaunchException("--vdev " + v.name() + ": rx_pcap file " + Text.q(file.toString())
                        + " is not a readable file: check the path and its permissions (chmod a+r)");
            }
            checkCapture(v, file);
        }
        if (a.containsKey("tx_pcap")) {
            Path folder = folderOf(a.get("tx_pcap"));
            if (!system.exists(folder)) {
                throw new LaunchException("--vdev " + v.name() + ": tx_pcap folder " + Text.q(folder.toString())
                        + " does not exist: create it (mkdir -p " + Text.q(folder.toString()) + ") or write the capture elsewhere");
            }
            if (!system.isWritableDirectory(folder)) {
                throw new LaunchException("--vdev " + v.name() + ": tx_pcap folder " + Text.q(folder.toString())
                        + " is not a writable folder: write the capture to a folder you can write to");
            }
        }
        for (String key : List.of("rx_iface", "rx_iface_in", "tx_iface", "iface")) {
            if (a.containsKey(key)) {
                existingInterface(v, key);
            }
        }
        zeroOrOne(v, "phy_mac");
        zeroOrOne(v, "infinite_rx");
    }

    private void checkVirtioUser(Vdev v, Map<String, String> a) throws LaunchException {
        String path = required(v, "path", "a vhost-user socket path (path=/tmp/vhost0.sock) or path=/dev/vhost-net");
        for (String flag : List.of("cq", "server", "mrg_rxbuf", "in_order", "packed_vq", "vectorized")) {
            zeroOrOne(v, flag);
        }
        positive(v, "queues");
        positive(v, "speed");
        if (a.containsKey("queue_size")) {
            positive(v, "queue_size");
            int size = Integer.parseInt(a.get("queue_size"));
            if (Integer.bitCount(size) != 1) {
                throw bad(v, "queue_size", "virtio ring sizes are powers of two: write e.g. queue_size=256");
            }
        }
        if (a.containsKey("mac") && !MAC.matcher(a.get("mac")).matches()) {
            throw bad(v, "mac", "write mac=xx:xx:xx:xx:xx:xx");
        }
        if (a.containsKey("iface")) {
            interfaceName(v, "iface");
        }
        if (path.equals("/dev/vhost-net")) {
            if (!system.exists(Path.of(path))) {
                throw new LaunchException("--vdev " + v.name() + ": path=/dev/vhost-net does not exist: load the kernel"
                        + " vhost backend (modprobe vhost_net) or use a vhost-user socket path");
            }
        } else if ("1".equals(a.get("server"))) {
            socketFolderWritable(v, "path", path);
        } else {
            socketExists(v, "path", path, "start the vhost-user backend first, or add server=1 so this port creates the socket");
        }
    }

    private void checkMemif(Vdev v, Map<String, String> a) throws LaunchException {
        if (a.containsKey("role") && !List.of("server", "client", "master", "slave").contains(a.get("role"))) {
            throw bad(v, "role", "write role=server or role=client");
        }
        nonNegative(v, "id");
        positive(v, "bsize");
        if (a.containsKey("rsize")) {
            positive(v, "rsize");
            if (Integer.parseInt(a.get("rsize")) > 14) {
                throw bad(v, "rsize", "rsize is log2 of the ring size, at most 14: write e.g. rsize=10");
            }
        }
        nonNegative(v, "owner-uid");
        nonNegative(v, "owner-gid");
        for (String key : List.of("socket-abstract", "zero-copy")) {
            if (a.containsKey(key) && !List.of("yes", "no").contains(a.get(key))) {
                throw bad(v, key, "write " + key + "=yes or " + key + "=no");
            }
        }
        if (a.containsKey("mac") && !MAC.matcher(a.get("mac")).matches()) {
            throw bad(v, "mac", "write mac=xx:xx:xx:xx:xx:xx");
        }
        // With an abstract socket (22.11's default) the path names no file, so only a filesystem socket is checked.
        if (a.containsKey("socket") && "no".equals(a.get("socket-abstract"))) {
            Path folder = folderOf(a.get("socket"));
            if (!system.exists(folder)) {
                throw new LaunchException("--vdev " + v.name() + ": socket folder " + Text.q(folder.toString())
                        + " does not exist: create it or choose another socket path");
            }
        }
    }

    // ---- helpers ----

    private String required(Vdev v, String key, String what) throws LaunchException {
        String value = v.args().get(key);
        if (value == null || value.isEmpty()) {
            throw new LaunchException("--vdev " + v.name() + " needs " + key + "=<...>: add " + what);
        }
        return value;
    }

    private void zeroOrOne(Vdev v, String key) throws LaunchException {
        String value = v.args().get(key);
        if (value != null && !value.equals("0") && !value.equals("1")) {
            throw bad(v, key, "write " + key + "=0 or " + key + "=1");
        }
    }

    private void positive(Vdev v, String key) throws LaunchException {
        String value = v.args().get(key);
        if (value != null && (!isSmallNumber(value) || Integer.parseInt(value) < 1)) {
            throw bad(v, key, "write a positive whole number, e.g. " + key + "=1");
        }
    }

    private void nonNegative(Vdev v, String key) throws LaunchException {
        String value = v.args().get(key);
        if (value != null && !isSmallNumber(value)) {
            throw bad(v, key, "write a whole number, e.g. " + key + "=0");
        }
    }

    private static boolean isSmallNumber(String value) {
        return !value.isEmpty() && value.length() <= 9 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private void interfaceName(Vdev v, String key) throws LaunchException {
        String name = v.args().get(key);
        if (name.length() > 15) {
            throw bad(v, key, "interface names are at most 15 characters (got " + name.length() + "): use a shorter name");
        }
        if (!IFACE_NAME.matcher(name).matches()) {
            throw bad(v, key, "use only letters, digits and _ . - in interface names");
        }
    }

    private void existingInterface(Vdev v, String key) throws LaunchException {
        String name = v.args().get(key);
        if (!system.networkInterfaceExists(name)) {
            throw new LaunchException("--vdev " + v.name() + ": " + key + "=" + Text.q(name) + " is not a network interface on"
                    + " this machine: pick one from 'ip link' (or create it first)");
        }
    }

    private void socketExists(Vdev v, String key, String path, String fix) throws LaunchException {
        if (!system.exists(Path.of(path))) {
            throw new LaunchException("--vdev " + v.name() + ": " + key + "=" + Text.q(path) + " does not exist: " + fix);
        }
    }

    private void socketFolderWritable(Vdev v, String key, String path) throws LaunchException {
        Path folder = folderOf(path);
        if (!system.isWritableDirectory(folder)) {
            throw new LaunchException("--vdev " + v.name() + ": " + key + "=" + Text.q(path) + " cannot be created because folder "
                    + Text.q(folder.toString()) + " is missing or not writable: create it or choose another path");
        }
    }

    private static Path folderOf(String file) {
        Path parent = Path.of(file).getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static LaunchException bad(Vdev v, String key, String fix) {
        return new LaunchException("--vdev " + v.name() + ": " + key + "=" + Text.q(v.args().get(key)) + " is not valid: " + fix);
    }
}
