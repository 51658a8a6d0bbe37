package dev.pmdfwd.eal;

import static dev.pmdfwd.eal.Demands.argv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a successful plan says: lcores, ports, pairs, describe(). */
class LaunchPlanTest {

    @Test
    void forwardingLcoresAreAllButMain() throws LaunchException {
        FakeSystem s = FakeSystem.standard();
        assertEquals(3, LaunchPlanner.plan(argv("-l 0-3 --vdev net_null0 --vdev net_null1"), AppDemand.defaults(), s).forwardingLcores());
        LaunchPlan single = LaunchPlanner.plan(argv("-l 2 --vdev net_null0 --vdev net_null1"), AppDemand.defaults(), s);
        assertEquals(0, single.forwardingLcores(), "one lcore: the main lcore forwards");
        assertEquals(2, single.mainLcore());
        assertEquals(1, single.txQueuesPerPort());
        LaunchPlan main = LaunchPlanner.plan(argv("-l 0-3 --main-lcore 3 --vdev net_null0 --vdev net_null1"), AppDemand.defaults(), s);
        assertEquals(3, main.mainLcore());
        assertEquals(3, main.txQueuesPerPort(), "txq 0 = one per forwarding lcore");
    }

    @Test
    void withoutCoreListEalTakesEveryOnlineCpu() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(argv("--vdev net_null0 --vdev net_null1"), AppDemand.defaults(), FakeSystem.standard().cpus(0, 1, 2));
        assertEquals(List.of(0, 1, 2), List.copyOf(plan.lcores()));
        assertEquals(2, plan.forwardingLcores());
    }

    @Test
    void portsCountVdevsAndAllowedPci() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 -a 0000:00:05.0 -a 00:04.0 --vdev net_null0 --vdev net_null1"),
                Demands.pairs("0:2,1:3"), FakeSystem.standard());
        assertEquals(4, plan.knownPortCount());
        // PCI ports come first, in address order, then vdevs in order
        assertTrue(plan.describe().contains("ports: 4 (0=00:04.0, 1=0000:00:05.0, 2=net_null0, 3=net_null1); pairs 0:2,1:3"), plan.describe());
    }

    @Test
    void idlePortIsANote() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --vdev net_null0 --vdev net_null1 --vdev net_null2"), Demands.pairs("0:2"),
                FakeSystem.standard());
        assertTrue(plan.notes().contains("port 1 is in no pair and stays idle"), plan.notes().toString());
    }

    @Test
    void describeGivesArgvSizingAndWarnings() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(argv("-l 0-1 --file-prefix t --vdev net_pcap0,rx_pcap=/data/in.pcap,tx_pcap=/data/out.pcap"
                + " --vdev net_pcap1,rx_pcap=/data/in2.pcap,tx_pcap=/data/out2.pcap -n 4"), AppDemand.defaults(), FakeSystem.noHugepages());
        String[] lines = plan.describe().split("\n");
        assertEquals("EAL arguments: -l 0-1 -m 64 --no-huge --no-shconf --file-prefix t --no-pci --vdev net_pcap0,rx_pcap=/data/in.pcap,"
                + "tx_pcap=/data/out.pcap --vdev net_pcap1,rx_pcap=/data/in2.pcap,tx_pcap=/data/out2.pcap -n 4", lines[0]);
        assertEquals("cores: lcores 0-1, main lcore 0, 1 forwarding lcore", lines[1]);
        assertEquals("ports: 2 (0=net_pcap0, 1=net_pcap1); pairs 0:1 (each forwards both ways)", lines[2]);
        assertEquals("mbuf pool: 8191 mbufs x 2176 B data room, cache 250 per lcore, 33.1 MB; queues per port: 1 rx x 1024 desc, 1 tx x 1024 desc", lines[3]);
        assertEquals("memory: about 50 MB needed, 64 MB of ordinary memory (--no-huge -m 64)", lines[4]);
        assertTrue(lines[5].startsWith("warning: running without hugepages: about 30% slower"), lines[5]);
        assertEquals(6, lines.length);
        assertTrue(plan.describe(true).contains("note: passed to EAL unchecked: '-n 4'"), plan.describe(true));
    }

    @Test
    void describeQuotesArgumentsWithBlanks() throws LaunchException {
        LaunchPlan plan = LaunchPlanner.plan(List.of("-l", "0-1", "--vdev", "net_pcap0,rx_pcap=/data/in.pcap", "--vdev", "net_null0",
                "--log-level", "pmd.net.*,debug"), AppDemand.defaults(), FakeSystem.standard());
        assertTrue(plan.describe().contains("--log-level 'pmd.net.*,debug'"), plan.describe());
        assertFalse(plan.ealArgv().contains("'pmd.net.*,debug'"), "argv itself is never quoted");
    }
}
