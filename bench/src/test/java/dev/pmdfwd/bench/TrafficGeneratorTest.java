package dev.pmdfwd.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator in a child JVM (EAL is one-shot per process) against a net_ring port whose tx ring is
 * its own rx ring: every frame it sends comes back, so its counts must add up exactly, its latencies
 * must be real, and a receiver that stops polling must show up as frames refused and lost.
 */
class TrafficGeneratorTest {
    private record Outcome(int exitCode, String stdout, String stderr) {
        long field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\": ([0-9]+)").matcher(stdout);
            assertTrue(m.find(), name + " missing in " + stdout);
            return Long.parseLong(m.group(1));
        }

        /** A field of one of the nested latency objects. */
        long latency(String object, String name) {
            Matcher m = Pattern.compile("\"" + object + "\": \\{[^}]*\"" + name + "\": ([0-9]+)").matcher(stdout);
            assertTrue(m.find(), object + "." + name + " missing in " + stdout);
            return Long.parseLong(m.group(1));
        }
    }

    @TempDir
    Path dir;

    @Test
    void everyFrameSentOnScheduleComesBackAndIsTimed() throws Exception {
        Outcome o = run(List.of("--rate", "200000", "--seconds", "1", "--warmup", "0.5", "--tx-port", "0", "--rx-port", "0",
                "--json", dir.resolve("out.json").toString(), "--hgrm", dir.resolve("lat").toString()));
        assertEquals(0, o.exitCode(), o.toString());
        long offered = o.field("offered");
        assertTrue(Math.abs(offered - 200_000) <= 1, "frames due in 1 s at 200 kpps: " + offered);
        assertEquals(offered, o.field("received"), o.stdout());
        assertEquals(0, o.field("lost"));
        assertEquals(0, o.field("refused_at_ingress"));
        assertEquals(0, o.field("reordered"));
        assertEquals(0, o.field("foreign"));
        assertEquals(o.field("all_offered"), o.field("all_received"), "warm-up frames come back too");
        assertEquals(offered, o.latency("latency_ns", "count"));
        long p50 = o.latency("latency_ns", "p50");
        assertTrue(p50 > 0 && p50 < 10_000_000, "a ring round trip takes more than 0 and less than 10 ms: " + p50);
        assertTrue(o.latency("latency_ns", "max") >= o.latency("latency_uncorrected_ns", "max") - 1000,
                "from the intended send time, latency is never much less than from the actual one");
        assertEquals(o.stdout().strip(), Files.readString(dir.resolve("out.json")).strip());
        String hgrm = Files.readString(dir.resolve("lat.corrected.hgrm"));
        assertTrue(Pattern.compile("Total count += +" + offered + "]").matcher(hgrm).find(),
                hgrm.lines().filter(l -> l.contains("Total count")).toList().toString());
        assertTrue(Files.exists(dir.resolve("lat.uncorrected.hgrm")));
    }

    @Test
    void aReceiverThatStopsPollingLosesFramesAndTheyAreCounted() throws Exception {
        // net_ring's rings hold 1024 frames; 5 ms without polling at 1 Mpps is 5000 frames
        Outcome o = run(List.of("--rate", "1000000", "--seconds", "1", "--warmup", "0.2", "--tx-port", "0", "--rx-port", "0",
                "--rx-pause-us", "5000", "--rx-pause-period-ms", "50"));
        assertEquals(0, o.exitCode(), o.toString());
        long offered = o.field("offered");
        long received = o.field("received");
        long lost = o.field("lost");
        assertTrue(lost > 0, "nothing lost: " + o.stdout());
        assertEquals(offered, received + lost, "offered = received + lost");
        assertEquals(lost, o.field("refused_at_ingress"), "the only loss is the full ring refusing frames");
        assertEquals(0, o.field("reordered"));
    }

    @Test
    void atRateZeroItSaturatesThePortWithoutLosingWhatWasTaken() throws Exception {
        Outcome o = run(List.of("--rate", "0", "--seconds", "1", "--warmup", "0.2", "--tx-port", "0", "--rx-port", "0"));
        assertEquals(0, o.exitCode(), o.toString());
        assertTrue(o.field("received") > 100_000, o.stdout());
        assertEquals(o.field("offered"), o.field("received"), "a loopback ring loses nothing it took");
        assertEquals(0, o.field("lost"));
    }

    @Test
    void badOptionsGetOneLineAndExitTwo() throws Exception {
        for (List<String> bad : List.of(List.of("--frame-size", "20"), List.of("--rate", "-1"), List.of("--bogus"),
                List.of("--rx-pause-us", "20000", "--rx-pause-period-ms", "10"))) {
            Outcome o = run(bad);
            assertEquals(2, o.exitCode(), bad + ": " + o);
            assertEquals(1, o.stderr().strip().lines().count(), bad + ": " + o.stderr());
            assertFalse(o.stderr().contains("Exception"), o.stderr());
        }
        Outcome noPort = run(List.of("--tx-port", "3", "--rx-port", "0", "--seconds", "1"));
        assertEquals(1, noPort.exitCode(), noPort.toString());
        assertTrue(noPort.stderr().contains("port 3 does not exist"), noPort.stderr());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("hs_err")), "no JVM crash");
        }
    }

    @Test
    void aSwitchThatReturnsNothingIsOneLineAndExitOne() throws Exception {
        // port 0 loops back to itself, so nothing ever reaches port 1: links up, no forwarding
        Outcome o = run(List.of("net_ring0", "net_ring1"), List.of("--tx-port", "0", "--rx-port", "1",
                "--link-timeout", "1", "--seconds", "1"));
        assertEquals(1, o.exitCode(), o.toString());
        assertTrue(o.stderr().contains("links up on ports [0, 1]"), o.stderr());
        assertTrue(o.stderr().strip().endsWith("the switch under test has its links up but returned no frame within 1 s:"
                + " is it forwarding port 0 to port 1?"), o.stderr());
        assertFalse(o.stderr().contains("Exception"), o.stderr());
        assertEquals("", o.stdout().strip(), "no result without a switch");
    }

    private Outcome run(List<String> app) throws IOException, InterruptedException {
        return run(List.of("net_ring0"), app);
    }

    private Outcome run(List<String> vdevs, List<String> app) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xmx256m",
                "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"),
                "-cp", System.getProperty("java.class.path"), TrafficGenerator.class.getName(),
                "-l", "0", "--no-pci", "--file-prefix", "gen-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime(),
                "--log-level", "lib.eal:notice"));
        for (String vdev : vdevs) {
            command.addAll(List.of("--vdev", vdev));
        }
        command.addAll(freeHugepages() < 64 ? List.of("--no-huge", "-m", "256") : List.of("--in-memory"));
        command.add("--");
        command.addAll(app);
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the generator did not finish in 60 s: " + Files.readString(stderr));
        }
        return new Outcome(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static long freeHugepages() {
        try {
            return Long.parseLong(Files.readString(Path.of("/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
