package dev.pmdfwd.forwarder;

/**
 * What the control thread tells while the forwarder runs (tests, live output). It wakes for a harvest
 * about once a second and, in between, only as often as a listener asks through {@link #tickNanos}:
 * on a 2-core VM each wake-up takes the other core from whatever runs there (an iperf3 host, a traffic
 * generator), so the forwarder's own listeners ask for none once forwarding.
 */
@FunctionalInterface
public interface ControlListener {
    /** The tick a listener gets unless it says otherwise (lambdas, tests that watch a run closely). */
    long DEFAULT_TICK_NANOS = 10_000_000L;
    /** {@link #tickNanos} for a listener that needs no ticks between harvests. */
    long HARVESTS_ONLY = Long.MAX_VALUE;

    /** Called at every wake of the control thread: each harvest, and as often as {@link #tickNanos} asks. */
    void tick(Forwarder running, long elapsedNanos);

    /** How soon this listener wants the next tick, asked after each one; {@link #HARVESTS_ONLY} for none. */
    default long tickNanos() {
        return DEFAULT_TICK_NANOS;
    }

    /** Called on the control thread after each histogram harvest (about every second, and once at the end). */
    default void harvested(Forwarder running, long elapsedNanos) {
    }

    /**
     * Called once the burst loops have ended, before the ports are stopped and the pool is freed:
     * the last moment to look at (or empty) what the ports hold.
     */
    default void loopsStopped(Forwarder stopped) {
    }

    /** This listener, then {@code next}. */
    default ControlListener then(ControlListener next) {
        ControlListener first = this;
        return new ControlListener() {
            @Override
            public void tick(Forwarder running, long elapsedNanos) {
                first.tick(running, elapsedNanos);
                next.tick(running, elapsedNanos);
            }

            @Override
            public long tickNanos() {
                return Math.min(first.tickNanos(), next.tickNanos());
            }

            @Override
            public void harvested(Forwarder running, long elapsedNanos) {
                first.harvested(running, elapsedNanos);
                next.harvested(running, elapsedNanos);
            }

            @Override
            public void loopsStopped(Forwarder stopped) {
                first.loopsStopped(stopped);
                next.loopsStopped(stopped);
            }
        };
    }
}
