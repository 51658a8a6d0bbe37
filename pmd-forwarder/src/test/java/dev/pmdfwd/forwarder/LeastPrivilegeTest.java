package dev.pmdfwd.forwarder;

import dev.pmdfwd.pcap.FrameCorpus;
import dev.pmdfwd.pcap.FrameDiff;
import dev.pmdfwd.pcap.PcapReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the forwarder as an unprivileged user (nobody, through setpriv) as README's "Running without
 * root" says it can: pcap and null vdevs need no privilege (hugepages come from memfd with
 * --in-memory, IOVA falls back to VA); the counters file is the owner's alone; net_tap needs
 * CAP_NET_ADMIN and, without it, the user is told so in one line. Needs root to switch users.
 */
class LeastPrivilegeTest {
    private static final String NOBODY = "65534";
    private static Path shared;
    private static String classPath;

    @BeforeAll
    static void copyClassPath() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "switching to nobody needs root");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is missing");
        // the build's class path lives under /root/.m2 and the build tree, which nobody may not read
        shared = Files.createTempDirectory("pmdfwd-least-privilege");
        open(shared);
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = shared.resolve("cp" + i++ + (Files.isDirectory(from) ? "" : ".jar"));
            copy(from, to);
            entries.add(to.toString());
        }
        classPath = String.join(File.pathSeparator, entries);
    }

    @AfterAll
    static void removeCopies() throws IOException {
        if (shared != null) {
            try (Stream<Path> all = Files.walk(shared)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void forwardsPcapsAsNobodyWithACountersFileOnlyTheOwnerCanRead() throws Exception {
        Path dir = workDir("pcap");
        List<byte[]> in0 = FrameCorpus.standard(5);
        List<byte[]> in1 = FrameCorpus.standard(3);
        write(dir.resolve("in0.pcap"), in0);
        write(dir.resolve("in1.pcap"), in1);
        List<String> args = ForwarderProcess.eal(
                "net_pcap0,rx_pcap=in0.pcap,tx_pcap=out0.pcap", "net_pcap1,rx_pcap=in1.pcap,tx_pcap=out1.pcap");
        args.addAll(List.of("--", "--duration", "3", "--max-pkt-len", "9018"));
        Process process = ForwarderProcess.start(dir, asNobody(), classPath, args);
        Path countersDir = Path.of("/dev/shm/pmd-forwarder-nobody");
        Path counters = awaitCountersFile(countersDir, process);
        assertEquals("rwx------", perms(countersDir), "the counters folder");
        assertEquals("rw-------", perms(counters), "the counters file " + counters);
        assertEquals("nobody", Files.getOwner(counters, LinkOption.NOFOLLOW_LINKS).getName());
        ForwarderProcess.Outcome run = ForwarderProcess.finish(process, dir, 60);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
        assertNull(FrameDiff.firstDifference(in0, PcapReader.frames(dir.resolve("out1.pcap"))), "port 0 -> port 1");
        assertNull(FrameDiff.firstDifference(in1, PcapReader.frames(dir.resolve("out0.pcap"))), "port 1 -> port 0");
        assertEquals("nobody", Files.getOwner(dir.resolve("out1.pcap")).getName(), "written by the unprivileged user");
        assertEquals(List.of(), ForwarderProcess.hsErrFiles(dir));
    }

    @Test
    void netTapWithoutCapNetAdminIsOneLineNamingTheCapability() throws Exception {
        Path dir = workDir("tap-denied");
        List<String> args = ForwarderProcess.eal("net_tap0,iface=lp" + ProcessHandle.current().pid() % 100000, "net_null1");
        args.addAll(List.of("--", "--duration", "1"));
        ForwarderProcess.Outcome run = ForwarderProcess.finish(ForwarderProcess.start(dir, asNobody(), classPath, args), dir, 60);

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(1, run.stderrLines().size(), run.toString());
        assertTrue(run.stderr().contains("net_tap0 did not attach") && run.stderr().contains("needs CAP_NET_ADMIN"), run.stderr());
    }

    @Test
    void netTapWithCapNetAdminAloneForwards() throws Exception {
        Path dir = workDir("tap-granted");
        String iface = "lq" + ProcessHandle.current().pid() % 100000;
        List<String> wrapper = new ArrayList<>(asNobody());
        wrapper.addAll(1, List.of("--inh-caps", "+net_admin", "--ambient-caps", "+net_admin"));
        List<String> args = ForwarderProcess.eal("net_tap0,iface=" + iface, "net_null1");
        args.addAll(List.of("--", "--duration", "2"));
        ForwarderProcess.Outcome run = ForwarderProcess.finish(ForwarderProcess.start(dir, wrapper, classPath, args), dir, 60);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("0=net_tap0"), run.stderr());
        assertTrue(run.stdout().contains("conservation: OK"), run.stdout());
    }

    private static List<String> asNobody() {
        return new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid", NOBODY, "--regid", NOBODY, "--clear-groups",
                "env", "HOME=/tmp", "USER=nobody", "LOGNAME=nobody"));
    }

    private static Path workDir(String name) throws IOException {
        Path dir = Files.createDirectory(shared.resolve(name));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        return dir;
    }

    private static Path awaitCountersFile(Path dir, Process process) throws Exception {
        for (int i = 0; i < 300 && process.isAlive(); i++) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    // the default prefix is pmdfwd-<pid>-<random>; setpriv and env exec, so the pid is java's
                    String mine = "pmdfwd-" + process.pid() + "-";
                    var found = files.filter(f -> f.getFileName().toString().startsWith(mine)).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no counters file appeared in " + dir);
    }

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private static void open(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to);
            open(to);
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
                open(target);
            }
        }
    }

    private static void write(Path file, List<byte[]> frames) throws IOException {
        PcapForwardingTest.write(file, frames);
        open(file);
    }
}
