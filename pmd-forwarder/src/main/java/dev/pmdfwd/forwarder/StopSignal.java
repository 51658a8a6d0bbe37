package dev.pmdfwd.forwarder;

import java.util.concurrent.locks.LockSupport;

/**
 * Tells every loop to stop: SIGINT, SIGTERM, the end of --duration, or a failure. The first reason
 * given is kept for the report.
 */
public final class StopSignal {
    private volatile boolean stopping;
    private volatile String reason;
    private volatile Thread waiter;

    public void stop(String why) {
        if (!stopping) {
            reason = why;
            stopping = true;
        }
        Thread parked = waiter;
        if (parked != null) {
            LockSupport.unpark(parked);
        }
    }

    /** {@code thread} parks between its checks of {@link #isStopping}: a stop wakes it at once. */
    void wakeOnStop(Thread thread) {
        waiter = thread;
        if (stopping) {
            LockSupport.unpark(thread);
        }
    }

    public boolean isStopping() {
        return stopping;
    }

    public String reason() {
        return reason;
    }
}
