package dev.pmdfwd.eal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link SystemView} over /sys and /proc of the running Linux machine. */
final class LiveSystemView implements SystemView {
    private static final Path CPU_ONLINE = Path.of("/sys/devices/system/cpu/online");
    private static final Path HUGEPAGES = Path.of("/sys/kernel/mm/hugepages");
    private static final Path MOUNTS = Path.of("/proc/mounts");
    private static final Path MEMINFO = Path.of("/proc/meminfo");
    private static final Pattern POOL_DIR = Pattern.compile("hugepages-(\\d+)kB");

    @Override
    public SortedSet<Integer> onlineCpus() {
        try {
            return Collections.unmodifiableSortedSet(CoreSpec.parseCpuList(Files.readString(CPU_ONLINE)));
        } catch (IOException | IllegalArgumentException e) {
            // Without /sys (containers may hide it) fall back to what the JVM sees, so planning still works.
            SortedSet<Integer> all = new TreeSet<>();
            for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                all.add(i);
            }
            return Collections.unmodifiableSortedSet(all);
        }
    }

    @Override
    public List<HugepagePool> hugepagePools() {
        List<HugepagePool> pools = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(HUGEPAGES)) {
            for (Path dir : dirs) {
                Matcher m = POOL_DIR.matcher(dir.getFileName().toString());
                if (m.matches()) {
                    long free = readLong(dir.resolve("free_hugepages"));
                    // Reserved pages are counted as free but already promised to a mapping.
                    long reserved = readLong(dir.resolve("resv_hugepages"));
                    long total = readLong(dir.resolve("nr_hugepages"));
                    pools.add(new HugepagePool(Long.parseLong(m.group(1)) * 1024, Math.max(0, free - reserved), total));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        pools.sort((a, b) -> Long.compare(a.pageSizeBytes(), b.pageSizeBytes()));
        return List.copyOf(pools);
    }

    @Override
    public List<HugetlbfsMount> hugetlbfsMounts() {
        List<String> lines;
        try {
            lines = Files.readAllLines(MOUNTS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        List<HugetlbfsMount> mounts = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(" ");
            if (fields.length >= 4 && fields[2].equals("hugetlbfs")) {
                long pageSize = pageSizeOption(fields[3]).orElseGet(LiveSystemView::defaultHugepageSize);
                mounts.add(new HugetlbfsMount(Path.of(unescapeMountPath(fields[1])), pageSize));
            }
        }
        return List.copyOf(mounts);
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path);
    }

    @Override
    public boolean isReadableFile(Path path) {
        return Files.isRegularFile(path) && Files.isReadable(path);
    }

    @Override
    public boolean isWritableDirectory(Path path) {
        return Files.isDirectory(path) && Files.isWritable(path);
    }

    @Override
    public Path dpdkRuntimeBase() {
        // Mirrors eal_create_runtime_dir(): root uses /var/run, others $XDG_RUNTIME_DIR or /tmp.
        if (isRoot()) {
            return Path.of("/var/run/dpdk");
        }
        String xdg = System.getenv("XDG_RUNTIME_DIR");
        return Path.of(xdg != null && !xdg.isEmpty() ? xdg : "/tmp", "dpdk");
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0"); // effective uid
                }
            }
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            // fall through: assume not root, the safer guess for a path we only report
        }
        return false;
    }

    /** "pagesize=2M" among the mount options; sizes are binary (2M = 2 MiB, 1G = 1 GiB). */
    static Optional<Long> pageSizeOption(String options) {
        for (String option : options.split(",")) {
            if (option.startsWith("pagesize=")) {
                return Optional.of(parseBinarySize(option.substring("pagesize=".length())));
            }
        }
        return Optional.empty();
    }

    static long parseBinarySize(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'K' || last == 'M' || last == 'G') {
            unit = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t) * unit;
    }

    private static long defaultHugepageSize() {
        try {
            for (String line : Files.readAllLines(MEMINFO)) {
                if (line.startsWith("Hugepagesize:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the x86-64 default
        }
        return 2L << 20;
    }

    /** /proc/mounts writes blanks and a few others as octal escapes (\040). */
    static String unescapeMountPath(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static long readLong(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).strip());
    }
}
