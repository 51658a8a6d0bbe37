package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.EthDev;
import dev.pmdfwd.dpdk.EthLink;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

import java.io.PrintStream;
import java.util.List;

/**
 * Watches each port's link from the control thread (rte_eth_link_get_nowait, once a second): every
 * change is logged and counted, so a peer that flaps shows in the log, the counters and the report,
 * while the streams keep polling (a port whose link is down simply delivers nothing).
 */
final class LinkWatch {
    static final int TYPE = 200;

    private final int[] ports;
    private final String[] names;
    private final boolean[] up;
    private final AtomicCounter[] changes;
    private final PrintStream log;

    LinkWatch(CountersManager counters, List<PortSetup.Port> started, PrintStream log) {
        int n = started.size();
        ports = new int[n];
        names = new String[n];
        up = new boolean[n];
        changes = new AtomicCounter[n];
        this.log = log;
        for (int i = 0; i < n; i++) {
            PortSetup.Port p = started.get(i);
            ports[i] = p.id();
            names[i] = p.name();
            up[i] = read(p.id()).up();
            changes[i] = counters.newCounter("port " + p.id() + " (" + p.name() + "): link changes", TYPE);
        }
    }

    void poll() {
        for (int i = 0; i < ports.length; i++) {
            EthLink link = read(ports[i]);
            if (link.up() != up[i]) {
                up[i] = link.up();
                changes[i].incrementRelease();
                log.println("pmd-forwarder: port " + ports[i] + " (" + names[i] + ") link " + link);
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

    private static EthLink read(int port) {
        try {
            return EthDev.link(port);
        } catch (DpdkException e) {
            return new EthLink(0, false, false, false);
        }
    }
}
