package dev.pmdfwd.eal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A machine described in a few lines, so each test states exactly the system it assumes. */
final class FakeSystem implements SystemView {
    enum Kind { READABLE_FILE, UNREADABLE_FILE, WRITABLE_DIR, READONLY_DIR, OTHER }

    static final long MB2 = 2L << 20;
    static final long GB1 = 1L << 30;

    private final SortedSet<Integer> online = new TreeSet<>();
    private final List<HugepagePool> pools = new ArrayList<>();
    private final List<HugetlbfsMount> mounts = new ArrayList<>();
    private final Map<Path, Kind> files = new HashMap<>();
    private final Set<String> interfaces = new HashSet<>();

    /** 4 cpus, 512 free 2 MB hugepages on /dev/hugepages, a few files, eth0 and lo. */
    static FakeSystem standard() {
        return new FakeSystem()
                .cpus(0, 1, 2, 3)
                .hugepages(MB2, 512, 512)
                .hugepages(GB1, 0, 0)
                .mount("/dev/hugepages", MB2)
                .file("/data/in.pcap", Kind.READABLE_FILE)
                .file("/data/in2.pcap", Kind.READABLE_FILE)
                .file("/data/locked.pcap", Kind.UNREADABLE_FILE)
                .file("/data", Kind.WRITABLE_DIR)
                .file("/ro", Kind.READONLY_DIR)
                .file("/run/vhost.sock", Kind.OTHER)
                .file("/run", Kind.WRITABLE_DIR)
                .iface("eth0")
                .iface("lo");
    }

    /** Like {@link #standard()} but with no free hugepages at all. */
    static FakeSystem noHugepages() {
        FakeSystem s = standard();
        s.pools.clear();
        return s.hugepages(MB2, 0, 0);
    }

    FakeSystem cpus(int... ids) {
        online.clear();
        for (int id : ids) {
            online.add(id);
        }
        return this;
    }

    FakeSystem hugepages(long pageSize, long free, long total) {
        pools.removeIf(p -> p.pageSizeBytes() == pageSize);
        pools.add(new HugepagePool(pageSize, free, total));
        return this;
    }

    FakeSystem mount(String path, long pageSize) {
        mounts.add(new HugetlbfsMount(Path.of(path), pageSize));
        files.put(Path.of(path), Kind.WRITABLE_DIR);
        return this;
    }

    FakeSystem noMounts() {
        mounts.clear();
        return this;
    }

    FakeSystem file(String path, Kind kind) {
        files.put(Path.of(path), kind);
        return this;
    }

    FakeSystem iface(String name) {
        interfaces.add(name);
        return this;
    }

    @Override
    public SortedSet<Integer> onlineCpus() {
        return Collections.unmodifiableSortedSet(online);
    }

    @Override
    public List<HugepagePool> hugepagePools() {
        return List.copyOf(pools);
    }

    @Override
    public List<HugetlbfsMount> hugetlbfsMounts() {
        return List.copyOf(mounts);
    }

    @Override
    public boolean exists(Path path) {
        return files.containsKey(path);
    }

    @Override
    public boolean isReadableFile(Path path) {
        return files.get(path) == Kind.READABLE_FILE;
    }

    @Override
    public boolean isWritableDirectory(Path path) {
        return files.get(path) == Kind.WRITABLE_DIR;
    }

    @Override
    public boolean networkInterfaceExists(String name) {
        return interfaces.contains(name);
    }
}
