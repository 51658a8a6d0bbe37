package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The burst loop makes no system calls: strace, attached to the forwarding lcore's thread alone
 * (EAL names it rte-worker-1) for 3 s after warm-up, counts none but the JVM's own futex waits. Those
 * are HotSpot handshakes, seen here intermittently (0 to 2 in 3 s) with no safepoint logged; anything
 * our code could do (clock_gettime falling off the vDSO, sleeps, yields, I/O, logging) shows up.
 * Checked without and with a tx hold, whose path reads the clock on every burst.
 */
class NoSyscallTest {
    private static final int MAX_JVM_FUTEX = 10;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--tx-hold-us {0}")
    @ValueSource(ints = {0, 100})
    void theForwardingThreadMakesNoSystemCalls(int holdUs) throws Exception {
        Process forwarder = ForwarderProcess.start(dir, List.of("-l", "0-1", "--log-level", "lib.eal:notice",
                "--vdev", "net_null0", "--vdev", "net_null1", "--", "--duration", "14", "--tx-hold-us", "" + holdUs));
        try {
            ForwarderProcess.awaitForwarding(forwarder, dir);
            Thread.sleep(6000); // JIT warm-up
            long tid = workerThread(forwarder.pid());
            Process strace = new ProcessBuilder("timeout", "-s", "INT", "3", "strace", "-c", "-p", Long.toString(tid))
                    .redirectErrorStream(true).start();
            String summary = new String(strace.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            strace.waitFor();
            assertTrue(summary.contains("attached"), "strace could not attach:\n" + summary);
            Map<String, Long> calls = syscalls(summary);
            long futex = calls.getOrDefault("futex", 0L);
            calls.remove("futex");
            assertEquals(Map.of(), calls, "system calls on the forwarding thread:\n" + summary);
            assertTrue(futex <= MAX_JVM_FUTEX, futex + " futex waits in 3 s:\n" + summary);
        } finally {
            ForwarderProcess.Outcome run = ForwarderProcess.finish(forwarder, dir, 60);
            assertEquals(0, run.exitCode(), run.toString());
        }
    }

    private static long workerThread(long pid) throws Exception {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                if (Files.readString(task.resolve("comm")).strip().equals("rte-worker-1")) {
                    return Long.parseLong(task.getFileName().toString());
                }
            }
        }
        throw new AssertionError("no rte-worker-1 thread in process " + pid);
    }

    /** strace -c's table: "% time seconds usecs/call calls [errors] syscall". */
    private static Map<String, Long> syscalls(String summary) {
        Map<String, Long> calls = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*[\\d.]+\\s+[\\d.]+\\s+\\d+\\s+(\\d+)\\s+(?:\\d+\\s+)?([a-z_0-9]+)$").matcher(summary);
        while (m.find()) {
            if (!m.group(2).equals("total")) {
                calls.put(m.group(2), Long.parseLong(m.group(1)));
            }
        }
        return calls;
    }
}
