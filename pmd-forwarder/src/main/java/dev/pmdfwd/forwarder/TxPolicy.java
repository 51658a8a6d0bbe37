package dev.pmdfwd.forwarder;

/** What a stream does with the packets a tx burst did not take (a shortfall). */
public enum TxPolicy {
    /** Retry the remainder up to N times with a delay, then free and count what is left. */
    RETRY,
    /** Free and count the remainder at once. */
    DROP,
    /**
     * Keep the remainder and stop polling the rx queue until it is sent: memory stays at one burst per
     * stream and the loss moves to the rx port's ring, where the driver counts it (imissed).
     */
    BACKPRESSURE;

    /** The spelling on the command line. */
    public String optionValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
