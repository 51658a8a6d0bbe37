package dev.pmdfwd.eal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** @argfiles in the EAL part, with picocli's default rules. */
class ArgFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void whitespaceQuotesAndComments() throws Exception {
        Path file = write("eal.args", """
                # EAL options for the lab box
                -l 0-1   --no-pci
                --vdev "net_pcap0,rx_pcap=/tmp/with space.pcap"   # trailing comment
                --file-prefix 'lab run'
                """);
        assertEquals(List.of("-l", "0-1", "--no-pci", "--vdev", "net_pcap0,rx_pcap=/tmp/with space.pcap", "--file-prefix", "lab run"),
                ArgFiles.expand(List.of("@" + file)));
    }

    @Test
    void argumentsAroundAndNestedFilesKeepTheirOrder() throws Exception {
        Path inner = write("inner.args", "--vdev net_null1");
        Path outer = write("outer.args", "--vdev net_null0 @" + inner + " --no-pci");
        assertEquals(List.of("-l", "0-1", "--vdev", "net_null0", "--vdev", "net_null1", "--no-pci", "-m", "64"),
                ArgFiles.expand(List.of("-l", "0-1", "@" + outer, "-m", "64")));
    }

    @Test
    void aFileIncludingItselfIsReadOnce() throws Exception {
        Path self = dir.resolve("self.args");
        Files.writeString(self, "--no-pci @" + self);
        assertEquals(List.of("--no-pci"), ArgFiles.expand(List.of("@" + self)));
    }

    @Test
    void doubleAtIsALiteral() throws LaunchException {
        assertEquals(List.of("@x", "@"), ArgFiles.expand(List.of("@@x", "@")));
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = dir.resolve("nope.args");
        LaunchException e = assertThrows(LaunchException.class, () -> ArgFiles.expand(List.of("-l", "0", "@" + missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("fix the path"), e.getMessage());
    }

    @Test
    void missingNestedFileIsAnErrorToo() throws Exception {
        Path outer = write("outer.args", "--no-pci @" + dir.resolve("gone.args"));
        LaunchException e = assertThrows(LaunchException.class, () -> ArgFiles.expand(List.of("@" + outer)));
        assertTrue(e.getMessage().contains("gone.args"), e.getMessage());
    }

    @Test
    void plannerExpandsArgFiles() throws Exception {
        Path file = write("eal.args", "-l 0-1 --vdev net_null0 --vdev net_null1 --file-prefix fromfile");
        LaunchPlan plan = LaunchPlanner.plan(List.of("@" + file), AppDemand.defaults(), FakeSystem.standard());
        assertEquals(java.util.Optional.of("fromfile"), plan.args().filePrefix());
        assertEquals(2, plan.knownPortCount());
    }
}
