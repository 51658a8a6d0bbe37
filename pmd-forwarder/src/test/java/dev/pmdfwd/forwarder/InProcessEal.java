package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.Eal;
import dev.pmdfwd.eal.LaunchException;
import dev.pmdfwd.eal.PortPairs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * A run over the two net_null ports {@code init("net_null0", "net_null1")} brings up: one queue
     * each, burst 32, a 60 s cap, busy workers.
     */
    static ForwarderConfig nullPairConfig(Duration statsPeriod, Optional<Path> countersFile) throws LaunchException {
        return new ForwarderConfig(PortPairs.inOrder(2), new PortSettings(1, 0, 1024, 1024, 1518, 2176), 32, 8191,
                256, TxRetryPolicy.defaults(), Duration.ZERO, Duration.ofSeconds(60), statsPeriod, IdleMode.BUSY, countersFile);
    }

    private static long freeHugepages() {
        try {
            return Long.parseLong(Files.readString(Path.of("/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
