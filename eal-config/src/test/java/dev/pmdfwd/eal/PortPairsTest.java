package dev.pmdfwd.eal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortPairsTest {

    @Test
    void parsesPairsInOrderGiven() throws LaunchException {
        PortPairs p = PortPairs.parse("2:3, 0:1");
        assertEquals(List.of(new PortPairs.Pair(2, 3), new PortPairs.Pair(0, 1)), p.pairs());
        assertArrayEquals(new int[] {0, 1, 2, 3}, p.ports());
        assertEquals("2:3,0:1", p.toString());
    }

    @Test
    void inOrderPairsNeighbours() throws LaunchException {
        assertEquals(PortPairs.parse("0:1,2:3,4:5"), PortPairs.inOrder(6));
        assertThrows(LaunchException.class, () -> PortPairs.inOrder(5));
        assertThrows(LaunchException.class, () -> PortPairs.inOrder(1));
        assertThrows(LaunchException.class, () -> PortPairs.inOrder(0));
    }

    @Test
    void requirePortsChecksTheHighestPort() throws LaunchException {
        PortPairs p = PortPairs.parse("0:3");
        assertDoesNotThrow(() -> p.requirePorts(4));
        LaunchException e = assertThrows(LaunchException.class, () -> p.requirePorts(3));
        assertEquals("--pairs 0:3 names port 3 but the launch creates 3 ports (0-2): add a --vdev/-a device or fix --pairs", e.getMessage());
    }

    @Test
    void malformedSpecsAreRefused() {
        for (String bad : List.of("", "0", "0:1:2", "a:b", "0:1,", "-1:2", "0:99999")) {
            assertThrows(LaunchException.class, () -> PortPairs.parse(bad), bad);
        }
    }

    @Test
    void unknownPortCountIsResolvedAfterInit() throws LaunchException {
        // no -a and PCI on: the count is only known after EAL probes
        LaunchPlan plan = LaunchPlanner.plan(List.of("-l", "0-1"), AppDemand.defaults(), FakeSystem.standard());
        assertEquals(-1, plan.knownPortCount());
        assertEquals(List.of(), plan.pairs().pairs());
        assertEquals(PortPairs.inOrder(4), plan.resolvePairs(4));
        assertThrows(LaunchException.class, () -> plan.resolvePairs(3));
        assertEquals(8191, plan.poolFor(2).mbufs());
        // 16 ports x 2048 + 2 x 282 + 16 x 32 = 33844
        assertEquals(33844, plan.poolFor(16).mbufs());

        LaunchPlan explicit = LaunchPlanner.plan(List.of("-l", "0-1"), Demands.pairs("0:3"), FakeSystem.standard());
        assertEquals(PortPairs.parse("0:3"), explicit.pairs());
        assertEquals(PortPairs.parse("0:3"), explicit.resolvePairs(4));
        assertThrows(LaunchException.class, () -> explicit.resolvePairs(2));
    }
}
