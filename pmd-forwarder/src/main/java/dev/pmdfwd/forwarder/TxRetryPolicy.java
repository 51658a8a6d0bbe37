package dev.pmdfwd.forwarder;

/**
 * How a shortfall is handled. Defaults follow Open vSwitch's vhost ports (8 retries, 1 us apart):
 * testpmd's 64 retries would let one stalled port hold a worker, and every other stream on it, for
 * 64 us per burst.
 */
public record TxRetryPolicy(TxPolicy policy, int retries, long delayNanos) {
    public static final int DEFAULT_RETRIES = 8;
    public static final int DEFAULT_DELAY_US = 1;

    public TxRetryPolicy {
        if (retries < 0 || delayNanos < 0) {
            throw new IllegalArgumentException("retries and delay must not be negative");
        }
    }

    public static TxRetryPolicy defaults() {
        return new TxRetryPolicy(TxPolicy.RETRY, DEFAULT_RETRIES, DEFAULT_DELAY_US * 1_000L);
    }

    @Override
    public String toString() {
        return switch (policy) {
            case RETRY -> "retry " + retries + "x every " + delayNanos / 1000.0 + " us, then drop";
            case DROP -> "drop at once";
            case BACKPRESSURE -> "backpressure (hold the remainder, pause rx)";
        };
    }
}
