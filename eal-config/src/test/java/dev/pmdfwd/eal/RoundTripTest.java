package dev.pmdfwd.eal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** parse -> render -> parse gives an equal model, for launches people actually type. */
class RoundTripTest {

    static Stream<List<String>> launches() {
        return Stream.of(
                List.of("-l", "0-1", "--no-pci", "--vdev", "net_pcap0,rx_pcap=/tmp/x.pcap,tx_pcap=/tmp/y.pcap",
                        "--vdev", "net_pcap1,rx_pcap=/tmp/y.pcap,tx_pcap=/tmp/z.pcap"),
                List.of("-c", "0x3", "-m", "512", "--file-prefix", "a"),
                List.of("--lcores", "(0-1)@0", "--in-memory"),
                List.of("-a", "0000:00:04.0", "-a", "00:05.0,foo=bar", "--log-level", "lib.eal:debug"),
                List.of("-l0-3", "--main-lcore=2", "--socket-mem=512,512", "--huge-dir=/dev/hugepages", "--huge-unlink"),
                List.of("-l", "1,3", "--vdev=net_tap0,iface=dtap0,persist", "--vdev", "net_ring0,nodeaction=r0:0:CREATE",
                        "--iova-mode", "va", "-n", "4"),
                List.of("--lcores", "0@0,(1-2)@(0-1)", "--no-huge", "-m", "256", "--no-shconf", "--no-telemetry"),
                List.of("-l", "0-1", "--vdev", "virtio_user0,path=/dev/vhost-net,queues=2,queue_size=1024",
                        "--vdev", "net_vhost0,iface=/tmp/sock0,client=1", "--huge-unlink=never"),
                List.of("-l", "0-1", "-b", "0000:00:04.0", "--block", "0000:00:05.0", "--proc-type", "auto",
                        "--log-level", "8", "--log-level", "pmd.net.*,debug", "--syslog=daemon"),
                List.of("-l", "0-1", "--vdev", "net_af_packet0,iface=eth0,qpairs=2,blocksz=4096", "--vdev",
                        "net_memif0,role=server,id=0,socket-abstract=no,socket=/run/memif.sock", "-d",
                        "/usr/lib/x86_64-linux-gnu/dpdk/pmds-23.0", "--legacy-mem", "--huge-worker-stack=512"),
                List.of("-c", "f", "--allow", "0000:3b:00.1", "--trace=lib.eal.*", "--trace", "lib.ethdev.*",
                        "--force-max-simd-bitwidth", "512", "--vfio-intr", "msix", "--create-uio-dev"));
    }

    @ParameterizedTest
    @MethodSource("launches")
    void renderThenParseGivesTheSameModel(List<String> argv) throws LaunchException {
        EalArgs parsed = EalArgs.parse(argv);
        List<String> rendered = parsed.toArgv();
        EalArgs reparsed = EalArgs.parse(rendered);
        assertEquals(parsed, reparsed, "rendered as " + rendered);
        assertEquals(parsed.hashCode(), reparsed.hashCode());
        assertEquals(rendered, reparsed.toArgv(), "rendering is stable");
    }

    @Test
    void thereAreAtLeastTenLaunches() {
        assertEquals(11, launches().count());
    }

    @Test
    void equalityIsByValueAndSeesDifferences() throws LaunchException {
        EalArgs a = EalArgs.parse(List.of("-l", "0-1", "--vdev", "net_null0,size=64"));
        assertEquals(a, EalArgs.parse(List.of("-l0-1", "--vdev=net_null0,size=64")));
        assertNotEquals(a, EalArgs.parse(List.of("-l", "0-1", "--vdev", "net_null0,size=128")));
        assertNotEquals(a, EalArgs.parse(List.of("-l", "0-2", "--vdev", "net_null0,size=64")));
        assertNotEquals(a, EalArgs.parse(List.of("-l", "0-1", "--vdev", "net_null0,size=64", "--no-pci")));
    }

    @Test
    void renderingUsesCanonicalSpellings() throws LaunchException {
        EalArgs a = EalArgs.parse(List.of("--allow=00:04.0", "-l0-1", "-m512", "--huge-unlink=always", "--syslog"));
        assertEquals(List.of("-l", "0-1", "-m", "512", "--huge-unlink=always", "-a", "00:04.0", "--syslog"), a.toArgv());
    }
}
