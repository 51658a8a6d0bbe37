package dev.pmdfwd.eal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The typed model: what each form parses to. */
class EalArgsTest {

    @Test
    void coreListFormsGiveTheirLcores() throws LaunchException {
        assertEquals(new TreeSet<>(Set.of(0, 1, 2, 3, 5)), EalArgs.parse(List.of("-l", "0-3,5")).lcores());
        assertEquals(new TreeSet<>(Set.of(0, 1, 4)), EalArgs.parse(List.of("-c", "0x13")).lcores());
        assertEquals(new TreeSet<>(Set.of(0, 1, 4)), EalArgs.parse(List.of("-c", "13")).lcores(), "0x is optional");
        CoreSpec lcores = EalArgs.parse(List.of("--lcores", "(0-1)@0,2@(1-2),5")).cores().orElseThrow();
        assertEquals(new TreeSet<>(Set.of(0, 1, 2, 5)), lcores.lcores());
        assertEquals(new TreeSet<>(Set.of(0, 1, 2, 5)), lcores.cpus());
        assertEquals(new TreeSet<>(Set.of(0)), EalArgs.parse(List.of("--lcores", "(0-3)@0")).cores().orElseThrow().cpus());
        assertTrue(EalArgs.parse(List.of()).lcores().isEmpty());
    }

    @Test
    void lcoreDefinedTwiceInLcoresIsRefused() {
        LaunchException e = assertThrows(LaunchException.class, () -> EalArgs.parse(List.of("--lcores", "0-1,1@0")));
        assertTrue(e.getMessage().contains("lcore 1 is defined twice"), e.getMessage());
    }

    @Test
    void accessorsReflectTheArguments() throws LaunchException {
        EalArgs a = EalArgs.parse(List.of("-l", "0-1", "--main-lcore", "1", "-m", "256", "--no-huge", "--file-prefix", "x",
                "--huge-dir", "/mnt/huge", "--vdev", "net_null0", "-a", "0000:00:04.0", "--iova-mode", "VA", "-d", "librte_net_null.so",
                "--log-level", "lib.eal:debug", "-n", "4", "--no-telemetry"));
        assertEquals(OptionalInt.of(1), a.mainLcore());
        assertEquals(OptionalInt.of(256), a.memoryMb());
        assertTrue(a.noHuge());
        assertFalse(a.inMemory());
        assertFalse(a.hugeUnlink());
        assertEquals(Optional.of("x"), a.filePrefix());
        assertEquals(Optional.of("/mnt/huge"), a.hugeDir());
        assertEquals(Optional.of("va"), a.iovaMode(), "normalised to lower case");
        assertEquals(List.of("0000:00:04.0"), a.allow());
        assertEquals(List.of("librte_net_null.so"), a.drivers());
        assertEquals(List.of("lib.eal:debug"), a.logLevels());
        assertEquals(List.of(new PassthroughOption("-n", Optional.of("4")), new PassthroughOption("--no-telemetry", Optional.empty())),
                a.passthrough());
        assertEquals(1, a.vdevs().size());
    }

    @Test
    void hugeUnlinkValueOnlyWithEquals() throws LaunchException {
        assertEquals(Optional.of(""), EalArgs.parse(List.of("--huge-unlink")).hugeUnlinkMode());
        assertEquals(Optional.of("never"), EalArgs.parse(List.of("--huge-unlink=never")).hugeUnlinkMode());
        // getopt gives optional values only when attached, so a following word is not its value
        LaunchException e = assertThrows(LaunchException.class, () -> EalArgs.parse(List.of("--huge-unlink", "never")));
        assertTrue(e.getMessage().startsWith("unexpected argument never"), e.getMessage());
    }

    @Test
    void socketMemTotals() throws LaunchException {
        assertEquals(1536, EalArgs.parse(List.of("--socket-mem", "1024,512")).socketMemTotalMb());
        assertEquals(0, EalArgs.parse(List.of()).socketMemTotalMb());
    }

    @Test
    void vdevParsingKeepsOrderAndResolvesAliases() throws LaunchException {
        Vdev v = Vdev.parse("virtio_user0,path=/dev/vhost-net,queues=2,mac=02:00:00:00:00:01");
        assertEquals("virtio_user0", v.name());
        assertEquals("net_virtio_user", v.driver());
        assertEquals(List.of("path", "queues", "mac"), List.copyOf(v.args().keySet()));
        assertEquals("virtio_user0,path=/dev/vhost-net,queues=2,mac=02:00:00:00:00:01", v.toDevargs());
        assertEquals("net_pcap", Vdev.parse("eth_pcap3,iface=eth0").driver());
        assertEquals("net_tap", Vdev.parse("net_tap0,persist").driver());
        assertEquals(Map.of("persist", ""), Vdev.parse("net_tap0,persist").args());
        assertEquals("net_tap0,persist", Vdev.parse("net_tap0,persist").toDevargs());
        // a [...] list keeps its commas
        assertEquals(Map.of("a", "[1,2]", "b", "3"), Vdev.parse("net_null0,a=[1,2],b=3").args());
    }

    @Test
    void vdevRecordEqualityIsByValue() throws LaunchException {
        assertEquals(Vdev.parse("net_null0,size=64,copy=1"),
                new Vdev("net_null0", "net_null", Map.of("size", "64", "copy", "1")));
    }
}
