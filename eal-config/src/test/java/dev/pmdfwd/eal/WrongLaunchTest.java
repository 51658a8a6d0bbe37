package dev.pmdfwd.eal;

import static dev.pmdfwd.eal.Demands.argv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wrong launches, one row each: the planner must refuse every one with a single line that names the offending
 * argument and carries the fix. Each row gives the argument text and a fragment of the fix to find.
 */
class WrongLaunchTest {
    private static final String TWO_NULLS = "-l 0-1 --vdev net_null0 --vdev net_null1";

    record Case(String title, String eal, AppDemand demand, FakeSystem system, String names, String fix) {
        @Override
        public String toString() {
            return title;
        }
    }

    private static Case c(String title, String eal, String names, String fix) {
        return new Case(title, eal, Demands.defaults(), FakeSystem.standard(), names, fix);
    }

    private static Case c(String title, String eal, AppDemand demand, FakeSystem system, String names, String fix) {
        return new Case(title, eal, demand, system, names, fix);
    }

    static Stream<Case> cases() {
        FakeSystem std = FakeSystem.standard();
        List<Case> cases = new ArrayList<>(List.of(
                // cores
                c("core list ends in a dash", "-l 0- --vdev net_null0 --vdev net_null1", "-l 0-", "write cores as 0-3"),
                c("core range downwards", "-l 3-1 --vdev net_null0 --vdev net_null1", "-l 3-1", "write 1-3"),
                c("core mask not hex", "-c 0xzz --vdev net_null0 --vdev net_null1", "-c 0xzz", "-c 0x3"),
                c("core mask empty", "-c 0x0 --vdev net_null0 --vdev net_null1", "-c 0x0", "set at least one bit"),
                c("core not online", "-l 0-5 --vdev net_null0 --vdev net_null1", "-l 0-5", "use cores from 0-3"),
                c("core beyond RTE_MAX_LCORE", "-l 4096 --vdev net_null0 --vdev net_null1", "-l 4096", "use lower core ids"),
                c("lcores map to offline cpu", "--lcores (0-1)@7 --vdev net_null0 --vdev net_null1", "--lcores (0-1)@7", "use cores from 0-3"),
                c("lcores group not closed", "--lcores (0-1@0 --vdev net_null0 --vdev net_null1", "--lcores", "--lcores (0-1)@0"),
                c("main lcore outside the list", TWO_NULLS + " --main-lcore 3", "--main-lcore 3", "pick one of 0-1"),
                c("two core forms", "-l 0-1 -c 0x3 --vdev net_null0 --vdev net_null1", "-c", "keep only one of -l, -c, --lcores"),
                // vdevs
                c("pcap rx file missing", "-l 0-1 --vdev net_pcap0,rx_pcap=/data/missing.pcap --vdev net_null0",
                        "/data/missing.pcap", "fix the path"),
                c("pcap rx file unreadable", "-l 0-1 --vdev net_pcap0,rx_pcap=/data/locked.pcap --vdev net_null0",
                        "/data/locked.pcap", "permissions"),
                c("pcap tx folder missing", "-l 0-1 --vdev net_pcap0,rx_pcap=/data/in.pcap,tx_pcap=/nope/out.pcap --vdev net_null0",
                        "/nope", "mkdir -p /nope"),
                c("pcap tx folder read-only", "-l 0-1 --vdev net_pcap0,tx_pcap=/ro/out.pcap --vdev net_null0",
                        "/ro", "folder you can write to"),
                c("pcap with no keys", "-l 0-1 --vdev net_pcap0 --vdev net_null0", "--vdev net_pcap0", "add rx_pcap=<file>"),
                c("pcap iface missing", "-l 0-1 --vdev net_pcap0,iface=eth9 --vdev net_null0", "iface=eth9", "ip link"),
                c("two pcaps writing one file", "-l 0-1 --vdev net_pcap0,tx_pcap=/data/o.pcap --vdev net_pcap1,tx_pcap=/data/o.pcap",
                        "--vdev net_pcap1", "its own tx_pcap"),
                c("unknown vdev driver", "-l 0-1 --vdev net_foo0 --vdev net_null1", "--vdev net_foo0", "must start with one of"),
                c("unknown vdev key", "-l 0-1 --vdev net_null0,bogus=1 --vdev net_null1", "bogus", "known keys: size, copy, no-rx"),
                c("bad vdev value", "-l 0-1 --vdev net_null0,size=big --vdev net_null1", "size=big", "positive whole number"),
                c("vdev key given twice", "-l 0-1 --vdev net_null0,size=64,size=128 --vdev net_null1", "size", "give it once"),
                c("duplicate vdev name", "-l 0-1 --vdev net_null0 --vdev net_null0", "--vdev net_null0", "its own name"),
                c("tap iface too long", "-l 0-1 --vdev net_tap0,iface=averyveryverylongname --vdev net_null0",
                        "iface=averyveryverylongname", "at most 15 characters"),
                c("tap iface bad characters", "-l 0-1 --vdev net_tap0,iface=tap$x --vdev net_null0", "iface=tap$x", "letters, digits"),
                c("virtio_user without path", "-l 0-1 --vdev virtio_user0,queues=1 --vdev net_null0", "path=", "add a vhost-user socket path"),
                c("virtio_user socket absent", "-l 0-1 --vdev virtio_user0,path=/run/none.sock --vdev net_null0",
                        "path=/run/none.sock", "add server=1"),
                c("virtio_user queue_size not power of two", "-l 0-1 --vdev virtio_user0,path=/run/vhost.sock,queue_size=300 --vdev net_null0",
                        "queue_size=300", "powers of two"),
                c("net_vhost without iface", "-l 0-1 --vdev net_vhost0,queues=1 --vdev net_null0", "iface=", "add the vhost-user socket path"),
                c("net_vhost client to absent socket", "-l 0-1 --vdev net_vhost0,iface=/run/x.sock,client=1 --vdev net_null0",
                        "iface=/run/x.sock", "drop client=1"),
                c("af_packet without iface", "-l 0-1 --vdev net_af_packet0 --vdev net_null0", "iface=", "add the kernel interface"),
                c("af_packet unknown iface", "-l 0-1 --vdev net_af_packet0,iface=eth7 --vdev net_null0", "iface=eth7", "ip link"),
                c("ring bad nodeaction", "-l 0-1 --vdev net_ring0,nodeaction=r0:x --vdev net_null0", "nodeaction=r0:x", "CREATE"),
                c("memif bad role", "-l 0-1 --vdev net_memif0,role=boss --vdev net_null0", "role=boss", "role=server"),
                // PCI
                c("PCI device number too short", "-l 0-1 -a 0000:00:4.0 --vdev net_null0", "-a 0000:00:4.0", "DDDD:BB:DD.F"),
                c("PCI device number above 1f", "-l 0-1 -a 00:20.0 --vdev net_null0", "-a 00:20.0", "device 00-1f"),
                c("PCI same device twice", "-l 0-1 -a 00:04.0 -a 0000:00:04.0", "-a 0000:00:04.0", "list each device once"),
                c("allow and block", "-l 0-1 -a 00:04.0 -b 00:05.0", "-a and -b", "keep only the -a devices"),
                c("allow with no-pci", "-l 0-1 -a 00:04.0 --no-pci --vdev net_null0", "-a 00:04.0", "drop --no-pci"),
                // options
                c("unknown EAL option", TWO_NULLS + " --frobnicate", "--frobnicate", "put it after '--'"),
                c("removed -w option", "-l 0-1 -w 00:04.0", "-w", "write -a (--allow) instead"),
                c("app option before --", TWO_NULLS + " --pairs 0:1", "--pairs", "put it after '--'"),
                c("single-dash long option", "-l 0-1 -vdev net_null0 --vdev net_null1", "-vdev", "did you mean --vdev"),
                c("removed pre-21.11 option", TWO_NULLS + " --master-lcore 0", "--master-lcore", "write --main-lcore instead"),
                c("option missing its value at the end", "--vdev net_null0 --vdev net_null1 -l", "-l", "write e.g. -l 0-1"),
                c("option followed by an option", TWO_NULLS + " -m --no-pci", "-m", "write e.g. -m 512"),
                c("stray word", TWO_NULLS + " net_null2", "net_null2", "app options go after '--'"),
                c("double dash inside EAL part", TWO_NULLS + " -- --pairs 0:1", "'--'", "put app options after it"),
                c("flag with a value", TWO_NULLS + " --no-pci=1", "--no-pci", "write --no-pci alone"),
                c("option given twice", TWO_NULLS + " --file-prefix a --file-prefix b", "--file-prefix", "give it once"),
                c("file prefix with slash", TWO_NULLS + " --file-prefix a/b", "--file-prefix a/b", "A-Z a-z 0-9"),
                c("iova mode unknown", TWO_NULLS + " --iova-mode xx", "--iova-mode xx", "--iova-mode pa"),
                c("log level unknown", TWO_NULLS + " --log-level lib.eal:loud", "--log-level lib.eal:loud", "lib.eal:debug"),
                c("-m not a number", TWO_NULLS + " -m 1G", "-m 1G", "megabytes as a plain number"),
                c("driver path missing", TWO_NULLS + " -d /nope/librte_net_x.so", "-d /nope/librte_net_x.so", "pmds-23.0"),
                // combinations DPDK refuses
                c("huge-unlink with no-huge", TWO_NULLS + " --no-huge --huge-unlink", "--huge-unlink", "drop --huge-unlink"),
                c("in-memory with no-huge", TWO_NULLS + " --no-huge --in-memory", "--in-memory", "drop --in-memory"),
                c("socket-mem with no-huge", TWO_NULLS + " --no-huge --socket-mem 64", "--socket-mem", "use -m"),
                c("-m with socket-mem", TWO_NULLS + " -m 64 --socket-mem 64", "-m and --socket-mem", "keep -m"),
                c("in-memory with huge-unlink=never", TWO_NULLS + " --in-memory --huge-unlink=never", "--huge-unlink=never", "drop one"),
                c("legacy-mem with in-memory", TWO_NULLS + " --legacy-mem --in-memory", "--legacy-mem", "drop one"),
                c("match-allocations with no-huge", TWO_NULLS + " --no-huge --match-allocations", "--match-allocations", "drop --match-allocations"),
                c("huge-dir not a hugetlbfs mount", TWO_NULLS + " --huge-unlink --huge-dir /data", "--huge-dir /data", "/dev/hugepages"),
                // ports and pairs
                c("pair names a missing port", TWO_NULLS, Demands.pairs("0:5"), std, "--pairs 0:5", "add a --vdev/-a device"),
                c("port paired twice", "-l 0-1 --vdev net_null0 --vdev net_null1 --vdev net_null2 --vdev net_null3",
                        Demands.pairs("0:1,1:2"), std, "port 1 twice", "one pair only"),
                c("port paired with itself", TWO_NULLS, Demands.pairs("0:0"), std, "port 0 with itself", "pair it with another port"),
                c("pair syntax", TWO_NULLS, Demands.pairs("0-1"), std, "--pairs 0-1", "a:b"),
                c("odd port count with default pairs", TWO_NULLS + " --vdev net_null2", "3 ports", "give --pairs explicitly"),
                c("no ports at all", "-l 0-1 --no-pci", "--vdev", "add --vdev devices"),
                c("more ports than RTE_MAX_ETHPORTS", "-l 0-1 --vdev net_null0" + manyNulls(34), "34 ports", "remove --vdev"),
                // memory
                c("-m below the pool under no-huge", TWO_NULLS + " --no-huge -m 16", "-m 16", "use -m 64"),
                c("-m below the pool under legacy-mem", TWO_NULLS + " --legacy-mem -m 16", "-m 16", "use -m"),
                c("no hugepages, fallback off", TWO_NULLS, Demands.noFallback(), FakeSystem.noHugepages(),
                        "--no-huge-fallback", "scripts/setup.sh"),
                c("hugepage-only option without hugepages", TWO_NULLS + " --match-allocations", Demands.defaults(),
                        FakeSystem.noHugepages(), "--match-allocations needs hugepages", "drop --match-allocations"),
                c("-m above free hugepages, fallback off", TWO_NULLS + " -m 3000", Demands.noFallback(), std, "-m 3000", "scripts/setup.sh"),
                c("mbufs override below the minimum", TWO_NULLS, Demands.mbufs(1000), std, "--mbufs 1000", "use --mbufs 4724"),
                // app demand values
                c("zero rx queues", TWO_NULLS, Demands.queues(0, 0, 1024, 1024, 32), std, "--rxq 0", "--rxq 1"),
                c("negative tx queues", TWO_NULLS, Demands.queues(1, -1, 1024, 1024, 32), std, "--txq -1", "0 for one per forwarding lcore"),
                c("zero rx descriptors", TWO_NULLS, Demands.queues(1, 0, 0, 1024, 32), std, "--rx-desc 0", "--rx-desc 1024"),
                c("negative tx descriptors", TWO_NULLS, Demands.queues(1, 0, 1024, -5, 32), std, "--tx-desc -5", "--tx-desc 1024"),
                c("zero burst", TWO_NULLS, Demands.queues(1, 0, 1024, 1024, 0), std, "--burst 0", "--burst 32"),
                c("data room below headroom", TWO_NULLS, Demands.dataRoom(64), std, "--mbuf-size 64", "--mbuf-size 2176"),
                c("zero mbufs override", TWO_NULLS, Demands.mbufs(0), std, "--mbufs 0", "positive count"),
                // argfiles
                c("missing argfile", "@/nonexistent/eal.args", "@/nonexistent/eal.args", "fix the path")));
        return cases.stream();
    }

    private static String manyNulls(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < count; i++) {
            sb.append(" --vdev net_null").append(i);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineNamingArgumentAndFix(Case c) {
        LaunchException e = assertThrows(LaunchException.class,
                () -> LaunchPlanner.plan(argv(c.eal()), c.demand(), c.system()), c.title());
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertTrue(message.contains(c.names()), "names " + c.names() + ": " + message);
        assertTrue(message.contains(c.fix()), "fix '" + c.fix() + "': " + message);
    }

    @Test
    void thereAreAtLeastThirtyWrongLaunches() {
        assertTrue(cases().count() >= 30);
    }

    @Test
    void everyCaseIsOtherwiseSound() throws LaunchException {
        // The table's baseline launch must itself be accepted, or the rows would prove nothing.
        LaunchPlan plan = LaunchPlanner.plan(argv(TWO_NULLS), Demands.defaults(), FakeSystem.standard());
        assertEquals(2, plan.knownPortCount());
    }

    @Test
    void controlCharactersInValuesDoNotBreakTheOneLineRule() {
        LaunchException e = assertThrows(LaunchException.class, () -> LaunchPlanner.plan(
                List.of("-l", "0-1", "--vdev", "net_pcap0,rx_pcap=/data/x\ny.pcap", "--vdev", "net_null0"),
                Demands.defaults(), FakeSystem.standard()));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("x\\x0ay.pcap"), e.getMessage());
    }
}
