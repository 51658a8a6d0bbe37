package dev.pmdfwd.eal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * What the planner needs to know about the machine: online cpus, hugepages, hugetlbfs mounts and a few file
 * checks. The live view reads /sys and /proc; tests pass a fake one so every case is a table row.
 */
public interface SystemView {

    /** One hugepage size's pool, from /sys/kernel/mm/hugepages/hugepages-NkB. */
    record HugepagePool(long pageSizeBytes, long free, long total) {
        public HugepagePool {
            if (pageSizeBytes <= 0 || free < 0 || total < 0) {
                throw new IllegalArgumentException("bad hugepage pool " + pageSizeBytes + "/" + free + "/" + total);
            }
        }

        public long freeBytes() {
            return pageSizeBytes * free;
        }
    }

    /** A hugetlbfs mount from /proc/mounts with the page size it serves. */
    record HugetlbfsMount(Path mountPoint, long pageSizeBytes) {
        public HugetlbfsMount {
            Objects.requireNonNull(mountPoint);
        }
    }

    /** Cpus listed in /sys/devices/system/cpu/online. */
    SortedSet<Integer> onlineCpus();

    /** Every hugepage size the kernel offers, with free pages net of reservations already promised. */
    List<HugepagePool> hugepagePools();

    List<HugetlbfsMount> hugetlbfsMounts();

    boolean exists(Path path);

    boolean isReadableFile(Path path);

    boolean isWritableDirectory(Path path);

    /** Whether a network interface of that name exists (for pcap, af_packet and tap "remote"). */
    /** What the capture file holds, or empty when it cannot be read here (a fake system, a race). */
    default Optional<PcapSummary> pcapSummary(Path file) {
        return PcapSummary.read(file);
    }

    default boolean networkInterfaceExists(String name) {
        return !name.isEmpty() && !name.contains("/") && exists(Path.of("/sys/class/net", name));
    }

    /** Where EAL puts per-prefix runtime folders: /var/run/dpdk for root, else $XDG_RUNTIME_DIR/dpdk or /tmp/dpdk. */
    default Path dpdkRuntimeBase() {
        return Path.of("/var/run/dpdk");
    }

    /** The machine this process runs on. */
    static SystemView live() {
        return new LiveSystemView();
    }
}
