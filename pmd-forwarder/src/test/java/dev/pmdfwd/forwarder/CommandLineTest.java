package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong launches, as a user types them: each ends with exit status 2 and one line on stderr naming
 * what is wrong, with no Java stack trace, no hs_err file and no hugepage file left behind.
 */
class CommandLineTest {
    @TempDir
    Path dir;

    @BeforeEach
    void pcap() throws Exception {
        try (var writer = dev.pmdfwd.pcap.PcapWriter.create(dir.resolve("in.pcap"), false, 65535)) {
            writer.write(0, dev.pmdfwd.pcap.FrameCorpus.minimum(1));
        }
        Files.createDirectories(dir.resolve("locked"));
        Files.writeString(dir.resolve("notes.pcap"), "these are notes, not a capture\n");
        byte[] wifi = Files.readAllBytes(dir.resolve("in.pcap"));
        wifi[20] = 105; // link type 802.11 in the global header
        Files.write(dir.resolve("wifi.pcap"), wifi);
    }

    static Stream<Arguments> wrongLaunches() {
        String ok0 = "net_pcap0,rx_pcap=in.pcap,tx_pcap=o0.pcap";
        String ok1 = "net_pcap1,rx_pcap=in.pcap,tx_pcap=o1.pcap";
        return Stream.of(
                launch("bad core list", "-l", "0-x", "--vdev", ok0, "--vdev", ok1),
                launch("core not present", "-l", "0,4095", "--vdev", ok0, "--vdev", ok1),
                launch("pcap missing", "-l", "0-1", "--vdev", "net_pcap0,rx_pcap=nope.pcap,tx_pcap=o.pcap", "--vdev", ok1),
                launch("tx path in a missing folder", "-l", "0-1", "--vdev", "net_pcap0,rx_pcap=in.pcap,tx_pcap=no/dir/o.pcap", "--vdev", ok1),
                launch("unknown vdev driver", "-l", "0-1", "--vdev", "net_bogus0", "--vdev", ok1),
                launch("duplicate vdev name", "-l", "0-1", "--vdev", ok0, "--vdev", ok0),
                launch("unknown EAL option", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--no-such-eal-option"),
                launch("pair names a missing port", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--pairs", "0:5"),
                launch("odd port count", "-l", "0-1", "--vdev", ok0),
                launch("burst 0", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--burst", "0"),
                launch("burst above the limit", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--burst", "4096"),
                launch("negative retries", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--tx-retry", "-1"),
                launch("unknown policy", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--tx-policy", "pray"),
                launch("not a number", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--burst", "lots"),
                launch("unknown app option", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--frobnicate"),
                launch("memory too small for the pool", "-l", "0-1", "--no-huge", "-m", "8", "--vdev", ok0, "--vdev", ok1),
                launch("rxq 0", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--rxq", "0"),
                launch("txq fewer than workers", "--lcores", "0@0,1@1,2@1", "--vdev", ok0, "--vdev", ok1, "--", "--txq", "1"),
                launch("pcap that is not a capture", "-l", "0-1", "--vdev", "net_pcap0,rx_pcap=notes.pcap", "--vdev", ok1),
                launch("pcap of another link type", "-l", "0-1", "--vdev", "net_pcap0,rx_pcap=wifi.pcap", "--vdev", ok1),
                launch("vdev that fails to attach", "-l", "0-1", "--vdev", "net_ring0,nodeaction=nosuchring:0:ATTACH", "--vdev", ok1),
                launch("unknown vdev key", "-l", "0-1", "--vdev", "net_null0,speed=fast", "--vdev", ok1),
                launch("tap interface name too long", "-l", "0-1", "--vdev", "net_tap0,iface=averyveryverylongname", "--vdev", ok1),
                launch("virtio_user without a path", "-l", "0-1", "--vdev", "virtio_user0,queues=1", "--vdev", ok1),
                launch("malformed PCI address", "-l", "0-1", "-a", "0000:zz:04.0", "--vdev", ok1),
                launch("main lcore outside the list", "-l", "0-1", "--main-lcore", "5", "--vdev", ok0, "--vdev", ok1),
                launch("huge-unlink with no-huge", "-l", "0-1", "--no-huge", "--huge-unlink", "--vdev", ok0, "--vdev", ok1),
                launch("option missing its value", "--vdev", ok0, "--vdev", ok1, "-l"),
                launch("mbufs fewer than the queues need", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--mbufs", "100"),
                launch("max-pkt-len below a minimum frame", "-l", "0-1", "--vdev", ok0, "--vdev", ok1, "--", "--max-pkt-len", "20"),
                launch("missing argfile", "-l", "0-1", "@no-such-argfile", "--vdev", ok0, "--vdev", ok1));
    }

    private static Arguments launch(String name, String... args) {
        return Arguments.of(name, List.of(args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongLaunches")
    void aWrongLaunchIsOneClearLine(String name, List<String> args) throws Exception {
        List<String> before = hugepageFiles();
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, args);
        assertEquals(2, run.exitCode(), name + ": " + run);
        List<String> lines = run.stderrLines().stream().filter(l -> !l.contains("warning:")).toList();
        assertEquals(1, lines.size(), name + ": want one line on stderr:\n" + run.stderr());
        assertTrue(lines.getFirst().startsWith("pmd-forwarder: "), lines.getFirst());
        assertFalse(run.stderr().contains("\tat "), name + ": a stack trace:\n" + run.stderr());
        assertFalse(run.stderr().contains("Exception"), name + ": an exception name:\n" + run.stderr());
        assertEquals(List.of(), ForwarderProcess.hsErrFiles(dir), name);
        assertEquals(before, hugepageFiles(), name + ": hugepage files left behind");
    }

    @Test
    void helpExplainsBothParts() throws Exception {
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, List.of("--help"));
        assertEquals(0, run.exitCode(), run.toString());
        for (String expected : List.of("[EAL options] -- [app options]", "--tx-policy", "--pairs", "--burst",
                "--report-dir", "-l 0-1", "--vdev", "Exit status")) {
            assertTrue(run.stdout().contains(expected), "--help lacks " + expected + ":\n" + run.stdout());
        }
    }

    @Test
    void printEalArgsShowsTheDefaultsItAdds() throws Exception {
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, List.of("-l", "0-1", "--vdev",
                "net_null0", "--vdev", "net_null1", "--", "--print-eal-args"));
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("--in-memory"), run.stdout());
        assertTrue(run.stdout().contains("--no-pci"), run.stdout());
        assertTrue(run.stdout().contains("--file-prefix"), run.stdout());
    }

    @Test
    void argfilesWorkOnBothSides() throws Exception {
        Files.writeString(dir.resolve("eal.args"), "# EAL part\n-l 0-1\n--vdev net_null0 --vdev net_null1\n");
        Files.writeString(dir.resolve("app.args"), "--burst 64 # app part\n--print-eal-args\n");
        ForwarderProcess.Outcome run = ForwarderProcess.run(dir, List.of("@eal.args", "--", "@app.args"));
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("--vdev net_null0 --vdev net_null1"), run.stdout());
        assertTrue(run.stdout().contains("-l 0-1"), run.stdout());
    }

    static List<String> hugepageFiles() throws Exception {
        List<String> files = new ArrayList<>();
        for (String mount : Files.readAllLines(Path.of("/proc/mounts"))) {
            String[] f = mount.split(" ");
            if (f.length > 2 && f[2].equals("hugetlbfs")) {
                try (var s = Files.walk(Path.of(f[1]))) {
                    s.filter(Files::isRegularFile).forEach(p -> files.add(p.toString()));
                }
            }
        }
        return files;
    }
}
