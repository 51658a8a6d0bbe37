package dev.pmdfwd.forwarder;

/** Called on the control thread about every 10 ms while the forwarder runs (tests, live output). */
@FunctionalInterface
public interface ControlListener {
    void tick(Forwarder running, long elapsedNanos);

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
