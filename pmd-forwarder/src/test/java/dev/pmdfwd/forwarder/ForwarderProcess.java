package dev.pmdfwd.forwarder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the forwarder's Main in a child JVM, as a user would, and captures exit status and output.
 * EAL is one-shot per process, so every launch needs its own.
 */
final class ForwarderProcess {
    record Outcome(int exitCode, String stdout, String stderr) {
        List<String> stderrLines() {
            return stderr.isBlank() ? List.of() : List.of(stderr.strip().split("\n"));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private ForwarderProcess() {
    }

    static Process start(Path workDir, List<String> args) throws IOException {
        return start(workDir, List.of(), System.getProperty("java.class.path"), args);
    }

    /** As {@link #start(Path, List)}, behind {@code wrapper} (e.g. setpriv) and with its own class path. */
    static Process start(Path workDir, List<String> wrapper, String classPath, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-Xmx256m",
                "-XX:ErrorFile=" + workDir.resolve("hs_err_%p.log"),
                "-cp", classPath, Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("stdout.txt").toFile())
                .redirectError(workDir.resolve("stderr.txt").toFile())
                .start();
    }

    static Outcome finish(Process process, Path workDir, long timeoutSeconds) throws IOException, InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            String state = hungState(process);
            process.destroyForcibly().waitFor();
            throw new AssertionError("the forwarder did not finish within " + timeoutSeconds + " s:\n"
                    + Files.readString(workDir.resolve("stderr.txt")) + "\n" + state);
        }
        return new Outcome(process.exitValue(),
                Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    /**
     * What a hung forwarder was doing, for the failure message: its signal masks (was the signal
     * caught, blocked, ignored?) and every thread's stack (jcmd Thread.print).
     */
    private static String hungState(Process process) {
        StringBuilder state = new StringBuilder();
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("Sig")) {
                    state.append(line).append('\n');
                }
            }
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
            byte[] stacks = jcmd.getInputStream().readAllBytes();
            jcmd.waitFor(10, TimeUnit.SECONDS);
            state.append(new String(stacks, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            state.append("(no thread dump: ").append(e).append(")");
        }
        return state.toString();
    }

    /** Waits (at most 60 s) until the forwarder started in {@code workDir} says it is forwarding. */
    static void awaitForwarding(Process process, Path workDir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(workDir.resolve("stderr.txt")).contains("pmd-forwarder: forwarding")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the forwarder did not start:\n" + Files.readString(workDir.resolve("stderr.txt")));
            }
            Thread.sleep(100);
        }
    }

    static Outcome run(Path workDir, List<String> args) throws IOException, InterruptedException {
        return finish(start(workDir, args), workDir, 120);
    }

    /** EAL options every test launch uses: two lcores, no PCI, quiet EAL. */
    static List<String> eal(String... vdevs) {
        List<String> args = new ArrayList<>(List.of("-l", "0-1", "--log-level", "lib.eal:notice"));
        for (String vdev : vdevs) {
            args.add("--vdev");
            args.add(vdev);
        }
        return args;
    }

    static List<String> hsErrFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(Path::getFileName).map(Path::toString).filter(n -> n.startsWith("hs_err")).toList();
        }
    }
}
