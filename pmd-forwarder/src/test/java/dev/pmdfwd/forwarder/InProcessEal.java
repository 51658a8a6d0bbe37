package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.Eal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Brings EAL up inside the test JVM (one test class per JVM: EAL is one-shot). */
final class InProcessEal {
    private InProcessEal() {
    }

    static void init(String... vdevs) {
        List<String> args = new ArrayList<>(List.of("-l", "0-1", "--no-pci", "--in-memory",
                "--file-prefix", "pmdfwd-test-" + ProcessHandle.current().pid(), "--log-level", "lib.eal:notice"));
        if (freeHugepages() < 128) {
            args.addAll(List.of("--no-huge", "-m", "512"));
        }
        for (String vdev : vdevs) {
            args.addAll(List.of("--vdev", vdev));
        }
        Eal.init("pmdfwd-test", args);
    }

    private static long freeHugepages() {
        try {
            return Long.parseLong(Files.readString(Path.of("/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
