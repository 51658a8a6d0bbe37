package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code -l 0-1}, the forwarding lcore (rte-worker-1) has core 1 to itself: every other thread of
 * the process, the JVM's compiler, GC and service threads included, may run on core 0 only, also
 * those started after the forwarder began (it waits for the JIT to be busy).
 */
class ThreadPlacementTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheWorkerRunsOnTheWorkerCore() throws Exception {
        Process forwarder = ForwarderProcess.start(dir, List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", "net_null0", "--vdev", "net_null1", "--", "--duration", "6"));
        Map<String, String> placement = new TreeMap<>();
        try {
            ForwarderProcess.awaitForwarding(forwarder, dir);
            Thread.sleep(2000);
            try (var tasks = Files.list(Path.of("/proc", Long.toString(forwarder.pid()), "task"))) {
                for (Path task : tasks.toList()) {
                    long tid = Long.parseLong(task.getFileName().toString());
                    placement.put(Files.readString(task.resolve("comm")).strip() + " (" + tid + ")",
                            allowedCpus(task));
                }
            }
        } finally {
            ForwarderProcess.Outcome run = ForwarderProcess.finish(forwarder, dir, 60);
            assertEquals(0, run.exitCode(), run.toString());
        }
        assertTrue(placement.size() > 8, "too few threads seen: " + placement);
        placement.forEach((thread, cpus) -> assertEquals(thread.startsWith("rte-worker-1 ") ? "1" : "0", cpus,
                thread + " may run on CPUs " + cpus + "; all: " + placement));
        assertTrue(placement.keySet().stream().anyMatch(t -> t.startsWith("rte-worker-1 ")), placement.toString());
        assertTrue(placement.keySet().stream().anyMatch(t -> t.startsWith("C2 CompilerThre")), placement.toString());
    }

    /** The CPUs a thread may run on, as /proc shows them (e.g. "0" or "0-1"). */
    private static String allowedCpus(Path task) throws java.io.IOException {
        return Files.readAllLines(task.resolve("status")).stream().filter(l -> l.startsWith("Cpus_allowed_list:"))
                .map(l -> l.substring("Cpus_allowed_list:".length()).strip()).findFirst().orElse("");
    }
}
