package dev.pmdfwd.eal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which ports forward to which: the app option {@code --pairs 0:1,2:3}. Each pair forwards both ways
 * (a to b and b to a); a port appears in at most one pair and never pairs with itself.
 */
public final class PortPairs {

    /** Two ports forwarding to each other. */
    public record Pair(int a, int b) {
        public Pair {
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("port ids are not negative: " + a + ":" + b);
            }
        }

        @Override
        public String toString() {
            return a + ":" + b;
        }
    }

    private static final int MAX_PORT_ID = 1023; // RTE_MAX_ETHPORTS is far lower; this only bounds parsing

    private final List<Pair> pairs;

    private PortPairs(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /** Parses "0:1,2:3"; refuses bad syntax, a port paired with itself and a port named twice. */
    public static PortPairs parse(String spec) throws LaunchException {
        String text = spec.strip();
        if (text.isEmpty()) {
            throw new LaunchException("--pairs is empty: write port pairs like --pairs 0:1,2:3, or leave it out to pair ports in order");
        }
        List<Pair> pairs = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        for (String item : text.split(",", -1)) {
            String[] ends = item.strip().split(":", -1);
            if (ends.length != 2 || !isPort(ends[0].strip()) || !isPort(ends[1].strip())) {
                throw new LaunchException("--pairs " + Text.q(spec) + ": " + Text.q(item) + " is not a pair of port numbers:"
                        + " write each pair as a:b, e.g. --pairs 0:1,2:3");
            }
            Pair pair = new Pair(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()));
            if (pair.a() == pair.b()) {
                throw new LaunchException("--pairs " + Text.q(spec) + " pairs port " + pair.a() + " with itself:"
                        + " pair it with another port, e.g. " + pair.a() + ":" + (pair.a() + 1));
            }
            for (int port : new int[] {pair.a(), pair.b()}) {
                String earlier = seen.putIfAbsent(port, pair.toString());
                if (earlier != null) {
                    throw new LaunchException("--pairs " + Text.q(spec) + " uses port " + port + " twice (in " + earlier
                            + " and " + pair + "): each port may be in one pair only");
                }
            }
            pairs.add(pair);
        }
        return new PortPairs(pairs);
    }

    /** The default: ports paired in order, 0:1, 2:3, ... An odd or zero count cannot be paired that way. */
    public static PortPairs inOrder(int portCount) throws LaunchException {
        if (portCount <= 0) {
            throw new LaunchException("no ports to forward between: add devices with --vdev (e.g. --vdev net_pcap0,...)"
                    + " or -a <pci address>, two per pair");
        }
        if (portCount % 2 != 0) {
            throw new LaunchException("the launch creates " + portCount + " port" + (portCount == 1 ? "" : "s")
                    + ", which cannot be paired in order (0:1,2:3,...): add or remove a --vdev/-a device, or give --pairs"
                    + " explicitly, e.g. --pairs 0:1");
        }
        List<Pair> pairs = new ArrayList<>();
        for (int port = 0; port < portCount; port += 2) {
            pairs.add(new Pair(port, port + 1));
        }
        return new PortPairs(pairs);
    }

    /** No pairs yet: the port count is only known after EAL probes PCI (see LaunchPlan#resolvePairs). */
    static PortPairs pending() {
        return new PortPairs(List.of());
    }

    /** Refuses pairs that name a port the launch does not create ({@code portCount} ports: 0..portCount-1). */
    public void requirePorts(int portCount) throws LaunchException {
        for (Pair pair : pairs) {
            for (int port : new int[] {pair.a(), pair.b()}) {
                if (port >= portCount) {
                    throw new LaunchException("--pairs " + this + " names port " + port + " but the launch creates "
                            + (portCount <= 0 ? "no ports" : portCount + " port" + (portCount == 1 ? "" : "s")
                            + " (0-" + (portCount - 1) + ")") + ": add a --vdev/-a device or fix --pairs");
                }
            }
        }
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** Every port named, ascending. */
    public int[] ports() {
        TreeSet<Integer> ports = new TreeSet<>();
        for (Pair pair : pairs) {
            ports.add(pair.a());
            ports.add(pair.b());
        }
        return ports.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isPort(String s) {
        return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(s) <= MAX_PORT_ID;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortPairs other && pairs.equals(other.pairs);
    }

    @Override
    public int hashCode() {
        return pairs.hashCode();
    }

    /** The spec form, "0:1,2:3". */
    @Override
    public String toString() {
        return String.join(",", pairs.stream().map(Pair::toString).toList());
    }
}
