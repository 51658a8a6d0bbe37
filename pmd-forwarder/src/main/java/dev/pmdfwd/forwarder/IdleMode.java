package dev.pmdfwd.forwarder;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/** What a worker does on a cycle that found no packets. */
public enum IdleMode {
    /** Spin: the lowest latency, and a whole core per worker whatever the load. */
    BUSY,
    /**
     * Spin, then yield, then park up to 1 ms: gives the core back when idle, for VMs whose cores are
     * shared with the traffic's endpoints. Parking is a system call, so only on idle cycles.
     */
    BACKOFF;

    IdleStrategy strategy() {
        return switch (this) {
            case BUSY -> new BusySpinIdleStrategy();
            case BACKOFF -> new BackoffIdleStrategy(100, 10, 1_000, 1_000_000);
        };
    }
}
