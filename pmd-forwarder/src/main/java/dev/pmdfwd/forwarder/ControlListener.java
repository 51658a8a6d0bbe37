package dev.pmdfwd.forwarder;

/** Called on the control thread about every 10 ms while the forwarder runs (tests, live output). */
@FunctionalInterface
public interface ControlListener {
    void tick(Forwarder running, long elapsedNanos);

    /**
     * Called once the burst loops have ended, before the ports are stopped and the pool is freed:
     * the last moment to look at (or empty) what the ports hold.
     */
    default void loopsStopped(Forwarder stopped) {
    }

    ControlListener NONE = (running, elapsed) -> {
    };
}
