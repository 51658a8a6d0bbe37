package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signals under full load: SIGTERM ends the run in order within a bound, and after SIGKILL the same
 * command starts again at once (no stale lock, prefix, hugepage or counters file in the way).
 */
class KillAndRestartTest {
    /** The bound stated in the README; measured here well under a second. */
    static final long SIGTERM_BOUND_MS = 5_000;

    @TempDir
    Path dir;

    private List<String> args(String... app) {
        List<String> args = new ArrayList<>(List.of("-l", "0-1", "--file-prefix", "pmdfwd-restart-" + ProcessHandle.current().pid(),
                "--log-level", "lib.eal:notice", "--vdev", "net_null0", "--vdev", "net_null1", "--",
                "--counters-dir", dir.resolve("counters").toString()));
        args.addAll(List.of(app));
        return args;
    }

    @Test
    void sigtermUnderLoadEndsWithinTheBound() throws Exception {
        Process p = ForwarderProcess.start(dir, args("--report-dir", "report"));
        ForwarderProcess.awaitForwarding(p, dir);
        Thread.sleep(1000);
        long sent = System.nanoTime();
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(SIGTERM_BOUND_MS, TimeUnit.MILLISECONDS), "still running " + SIGTERM_BOUND_MS + " ms after SIGTERM");
        long tookMs = (System.nanoTime() - sent) / 1_000_000;
        ForwarderProcess.Outcome run = ForwarderProcess.finish(p, dir, 1);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        assertTrue(Files.exists(dir.resolve("report/summary.json")));
        System.out.println("SIGTERM to exit under full load: " + tookMs + " ms");
    }

    @Test
    void afterSigkillTheSameCommandStartsAgain() throws Exception {
        List<String> before = CommandLineTest.hugepageFiles();
        Process first = ForwarderProcess.start(dir, args());
        ForwarderProcess.awaitForwarding(first, dir);
        first.destroyForcibly().waitFor(); // SIGKILL
        Path second = Files.createDirectory(dir.resolve("second"));
        ForwarderProcess.Outcome run = ForwarderProcess.run(second, args("--duration", "2"));
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        assertEquals(before, CommandLineTest.hugepageFiles(), "hugepage files left behind");
        try (var files = Files.list(dir.resolve("counters"))) {
            assertEquals(0, files.count(), "the killed run's counters file was not cleaned up");
        }
    }
}
