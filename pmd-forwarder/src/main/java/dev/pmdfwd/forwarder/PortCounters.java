package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.EthDevSampler;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

/**
 * A port's own counters (rte_eth_stats), copied into the counters file by the control thread each
 * second so that readers see the driver's view (imissed, rx_nombuf, errors) beside the streams'.
 */
final class PortCounters {
    static final int TYPE = 100;
    static final int PER_PORT = 6;

    private final int port;
    private final AtomicCounter ipackets;
    private final AtomicCounter opackets;
    private final AtomicCounter imissed;
    private final AtomicCounter ierrors;
    private final AtomicCounter oerrors;
    private final AtomicCounter rxNombuf;

    PortCounters(CountersManager manager, int port, String name) {
        this.port = port;
        String prefix = "port " + port + " (" + name + "): ";
        ipackets = manager.newCounter(prefix + "ipackets", TYPE);
        opackets = manager.newCounter(prefix + "opackets", TYPE + 1);
        imissed = manager.newCounter(prefix + "imissed", TYPE + 2);
        ierrors = manager.newCounter(prefix + "ierrors", TYPE + 3);
        oerrors = manager.newCounter(prefix + "oerrors", TYPE + 4);
        rxNombuf = manager.newCounter(prefix + "rx_nombuf", TYPE + 5);
    }

    int port() {
        return port;
    }

    /** Each counter by its rte_eth_stats name. */
    void forEach(java.util.function.ObjLongConsumer<String> action) {
        action.accept("ipackets", ipackets.getAcquire());
        action.accept("opackets", opackets.getAcquire());
        action.accept("imissed", imissed.getAcquire());
        action.accept("ierrors", ierrors.getAcquire());
        action.accept("oerrors", oerrors.getAcquire());
        action.accept("rx_nombuf", rxNombuf.getAcquire());
    }

    /** Copies the stats {@code s} last read (allocation-free). */
    void update(EthDevSampler s) {
        ipackets.setRelease(s.ipackets());
        opackets.setRelease(s.opackets());
        imissed.setRelease(s.imissed());
        ierrors.setRelease(s.ierrors());
        oerrors.setRelease(s.oerrors());
        rxNombuf.setRelease(s.rxNombuf());
    }
}
