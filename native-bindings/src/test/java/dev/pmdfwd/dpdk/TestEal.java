package dev.pmdfwd.dpdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** EAL arguments for tests: hugepages when enough are free, otherwise --no-huge; never PCI. */
final class TestEal {
    private TestEal() {
    }

    static List<String> args(String lcores, String... vdevs) {
        List<String> args = new ArrayList<>(List.of("-l", lcores, "--no-pci",
                "--file-prefix", "pmdfwd-test-" + ProcessHandle.current().pid(), "--log-level", "lib.eal:notice"));
        // --no-huge implies legacy memory, which EAL refuses together with --in-memory
        args.addAll(freeHugepages() < 128 ? List.of("--no-huge", "-m", "512") : List.of("--in-memory"));
        for (String vdev : vdevs) {
            args.addAll(List.of("--vdev", vdev));
        }
        return args;
    }

    static long freeHugepages() {
        try {
            return Long.parseLong(Files.readString(Path.of("/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Files in hugetlbfs mounts: a run that leaks them starves the next one. */
    static List<String> hugepageFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String mount : Files.readAllLines(Path.of("/proc/mounts"))) {
            String[] f = mount.split(" ");
            if (f.length > 2 && f[2].equals("hugetlbfs")) {
                try (var s = Files.walk(Path.of(f[1]))) {
                    s.filter(Files::isRegularFile).forEach(p -> files.add(p.toString()));
                }
            }
        }
        return files;
    }
}
