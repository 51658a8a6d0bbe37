package dev.pmdfwd.forwarder;

/**
 * Tells every loop to stop: SIGINT, SIGTERM, the end of --duration, or a failure. The first reason
 * given is kept for the report.
 */
public final class StopSignal {
    private volatile boolean stopping;
    private volatile String reason;

    public void stop(String why) {
        if (!stopping) {
            reason = why;
            stopping = true;
        }
    }

    public boolean isStopping() {
        return stopping;
    }

    public String reason() {
        return reason;
    }
}
