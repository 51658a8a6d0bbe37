package dev.pmdfwd.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-checks our writer against the tools people will open our captures with, when installed. */
final class ExternalToolTest {

    @TempDir
    Path dir;

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), "exit status of " + command);
        List<String> lines = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private Path writeCorpus(boolean nanosecond) throws IOException {
        Path file = dir.resolve(nanosecond ? "corpus-ns.pcap" : "corpus-us.pcap");
        try (PcapWriter w = PcapWriter.create(file, nanosecond, PcapFormat.DEFAULT_SNAPLEN)) {
            long t = 1_700_000_000_000_000_000L;
            for (byte[] f : FrameCorpus.standard()) {
                w.write(t += 1_000_001L, f);
            }
        }
        return file;
    }

    @Test
    void tcpdumpReadsOurFiles() throws Exception {
        Optional<Path> tcpdump = onPath("tcpdump");
        assumeTrue(tcpdump.isPresent(), "tcpdump not installed");
        for (boolean ns : new boolean[] {false, true}) {
            List<String> lines = run(List.of(tcpdump.get().toString(), "-nn", "-r", writeCorpus(ns).toString()));
            assertEquals(FrameCorpus.standardSize(), lines.size(), String.join("\n", lines));
        }
    }

    @Test
    void tsharkReadsOurFilesWithTheRightLengths() throws Exception {
        Optional<Path> tshark = onPath("tshark");
        assumeTrue(tshark.isPresent(), "tshark not installed");
        List<String> want = FrameCorpus.standard().stream().map(f -> Integer.toString(f.length)).toList();
        for (boolean ns : new boolean[] {false, true}) {
            List<String> lines = run(List.of(tshark.get().toString(), "-n", "-r", writeCorpus(ns).toString(),
                    "-T", "fields", "-e", "frame.len"));
            assertEquals(want, lines.stream().map(String::strip).toList());
        }
    }
}
