package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.Eal;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once forwarding, the JIT has nothing left to compile on the control path: each such compile takes
 * milliseconds of the main lcore's core (see {@link ControlWarmup}). Watched with JFR's compilation
 * and deoptimisation events in this test's own JVM (surefire forks one per test class here, so the
 * JIT starts cold), between harvests 2 and 6 of a forwarder with the stats line and the interval log on.
 * With the warm-up off ({@code JAVA_TOOL_OPTIONS=-Dpmdfwd.warmup=off}) it fails: ten compilations of
 * HdrHistogram methods (add, getBucketIndex, valueFromIndex, ...) in that window when tried.
 */
class ControlWarmupTest {
    /** Where the control thread's once-a-second work lives. */
    private static final Set<String> CONTROL_PATH = Set.of("StatsPrinter", "IntervalLog", "HistogramLogLine",
            "AsciiLine", "StreamHistograms", "IntervalRecorder");

    @BeforeAll
    static void eal() {
        InProcessEal.init("net_null0", "net_null1");
    }

    @AfterAll
    static void cleanup() {
        Eal.cleanup();
    }

    @Test
    void nothingOnTheControlPathCompilesWhileForwarding(@TempDir Path dir) throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicReferenceArray<Instant> window = new AtomicReferenceArray<>(2);
        try (RecordingStream jfr = new RecordingStream()) {
            jfr.enable("jdk.Compilation").withThreshold(Duration.ZERO);
            jfr.enable("jdk.Deoptimization");
            jfr.onEvent("jdk.Compilation", e -> note(seen, window, e, "compiled", e.getInt("compileLevel")));
            jfr.onEvent("jdk.Deoptimization", e -> note(seen, window, e, "deoptimised (" + e.getString("reason") + ")", -1));
            jfr.startAsync();

            Path reportDir = Files.createDirectories(dir.resolve("report"));
            ForwarderConfig config = InProcessEal.nullPairConfig(Duration.ofSeconds(1), Optional.empty());
            PrintStream lines = new PrintStream(new ByteArrayOutputStream(1 << 20), false, StandardCharsets.US_ASCII);
            int[] harvests = {0};
            ControlListener mark = new ControlListener() {
                @Override
                public long tickNanos() {
                    return HARVESTS_ONLY; // as the forwarder's own listeners: the loop wakes once a harvest
                }

                @Override
                public void tick(Forwarder running, long elapsedNanos) {
                }

                @Override
                public void harvested(Forwarder running, long elapsedNanos) {
                    harvests[0]++;
                    if (harvests[0] == 2) {
                        window.set(0, Instant.now());
                    } else if (harvests[0] == 6) {
                        window.set(1, Instant.now());
                        running.stopSignal().stop("measured");
                    }
                }
            };
            ControlListener listener = new StatsPrinter(config.statsPeriod(), lines).then(new IntervalLog(reportDir)).then(mark);
            RunResult result = Forwarder.run(config, new StopSignal(), listener, lines);
            jfr.stop(); // delivers what is still buffered
            assertEquals("measured", result.stopReason());
        }
        List<String> inWindow;
        synchronized (seen) {
            inWindow = List.copyOf(seen);
        }
        assertTrue(inWindow.isEmpty(), "JIT work on the control path between harvests 2 and 6 (" + window.get(0) + " to "
                + window.get(1) + "): " + inWindow);
    }

    private static void note(List<String> seen, AtomicReferenceArray<Instant> window, RecordedEvent e, String what, int level) {
        RecordedMethod method = e.getValue("method");
        Instant from = window.get(0);
        Instant to = window.get(1);
        if (method == null || from == null || e.getStartTime().isBefore(from) || (to != null && e.getStartTime().isAfter(to))) {
            return;
        }
        String type = method.getType().getName();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (type.startsWith("org.HdrHistogram.") || (type.startsWith("dev.pmdfwd.forwarder.") && CONTROL_PATH.contains(simple))) {
            seen.add(type + "::" + method.getName() + " " + what + (level >= 0 ? " at tier " + level : ""));
        }
    }
}
