package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.Eal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the listeners a user turns on (startup line, --stats-period 1, the interval log), the control
 * thread sleeps from one harvest to the next: on a 2-core VM every wake-up takes the other core from
 * the hosts or the generator sharing it. It used to wake every 10 ms. A stop still wakes it at once.
 * Wake-ups are the kernel's count of the thread's voluntary context switches.
 */
class ControlWakeupTest {
    private static final int HARVESTS = 4;

    @BeforeAll
    static void eal() {
        InProcessEal.init("net_null0", "net_null1");
    }

    @AfterAll
    static void cleanup() {
        Eal.cleanup();
    }

    @Test
    void theControlThreadWakesAboutOnceAHarvestAndAtOnceOnStop(@TempDir Path dir) throws Exception {
        Path reportDir = Files.createDirectories(dir.resolve("report"));
        ForwarderConfig config = InProcessEal.nullPairConfig(Duration.ofSeconds(1), Optional.empty());
        PrintStream lines = new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.US_ASCII);
        StopSignal stop = new StopSignal();
        List<Long> wakeupsPerHarvest = new ArrayList<>();
        long[] last = {-1};
        long[] stopAsked = {0};
        long[] loopsEnded = {0};
        ControlListener measure = new ControlListener() {
            @Override
            public long tickNanos() {
                return HARVESTS_ONLY;
            }

            @Override
            public void tick(Forwarder running, long elapsedNanos) {
            }

            @Override
            public void harvested(Forwarder running, long elapsedNanos) {
                long now = voluntarySwitches();
                if (last[0] >= 0) {
                    wakeupsPerHarvest.add(now - last[0]);
                }
                last[0] = now;
                if (wakeupsPerHarvest.size() == HARVESTS) {
                    // from another thread, as a signal handler would, half-way to the next harvest
                    Thread.ofPlatform().start(() -> {
                        sleep(300);
                        stopAsked[0] = System.nanoTime();
                        stop.stop("test");
                    });
                }
            }

            @Override
            public void loopsStopped(Forwarder stopped) {
                loopsEnded[0] = System.nanoTime();
            }
        };
        ControlListener listener = new StartupLine(lines).then(new StatsPrinter(config.statsPeriod(), lines))
                .then(new IntervalLog(reportDir)).then(measure);
        RunResult result = Forwarder.run(config, stop, listener, lines);

        assertEquals("test", result.stopReason());
        assertTrue(wakeupsPerHarvest.size() >= HARVESTS, "harvests seen: " + wakeupsPerHarvest);
        for (long wakeups : wakeupsPerHarvest) {
            // one park per harvest; a spurious return from park or a page fault may add one or two
            assertTrue(wakeups <= 5, "voluntary context switches of the control thread between harvests: "
                    + wakeupsPerHarvest);
        }
        long stopToEnd = (loopsEnded[0] - stopAsked[0]) / 1_000_000;
        // the next harvest was ~700 ms away: a control thread that slept through the stop would end later
        assertTrue(stopToEnd < 500, "ms from stop() to the loops' end: " + stopToEnd);
        assertTrue(result.conservationViolations().isEmpty(), result.conservationViolations().toString());
    }

    private static long voluntarySwitches() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no voluntary_ctxt_switches in /proc/thread-self/status");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
