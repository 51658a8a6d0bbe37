package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.EthDevSampler;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

import java.io.PrintStream;
import java.util.List;

/**
 * Watches each port's link from the control thread (rte_eth_link_get_nowait, once a second): every
 * change is logged and counted, so a peer that flaps shows in the log, the counters and the report,
 * while the streams keep polling (a port whose link is down simply delivers nothing). A poll allocates
 * nothing unless a link changed (the log line).
 */
final class LinkWatch {
    static final int TYPE = 200;

    private final int[] ports;
    private final String[] names;
    private final boolean[] up;
    private final AtomicCounter[] changes;
    private final EthDevSampler sampler;
    private final PrintStream log;

    LinkWatch(CountersManager counters, List<PortSetup.Port> started, EthDevSampler sampler, PrintStream log) {
        int n = started.size();
        ports = new int[n];
        names = new String[n];
        up = new boolean[n];
        changes = new AtomicCounter[n];
        this.sampler = sampler;
        this.log = log;
        for (int i = 0; i < n; i++) {
            PortSetup.Port p = started.get(i);
            ports[i] = p.id();
            names[i] = p.name();
            up[i] = isUp(p.id());
            changes[i] = counters.newCounter("port " + p.id() + " (" + p.name() + "): link changes", TYPE);
        }
    }

    void poll() {
        for (int i = 0; i < ports.length; i++) {
            boolean now = isUp(ports[i]);
            if (now != up[i]) {
                up[i] = now;
                changes[i].incrementRelease();
                log.println("pmd-forwarder: port " + ports[i] + " (" + names[i] + ") link "
                        + (now ? sampler.link() : "down"));
            }
        }
    }

    long changes(int index) {
        return changes[index].getAcquire();
    }

    int size() {
        return ports.length;
    }

    int port(int index) {
        return ports[index];
    }

    /** A port that cannot report its link counts as down. */
    private boolean isUp(int port) {
        return sampler.readLink(port) == 0 && sampler.linkUp();
    }
}
