package dev.pmdfwd.forwarder;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says once, when every loop is running, what is being forwarded where: the line a user (or a test
 * driving the process) waits for before sending traffic or a signal.
 */
final class StartupLine implements ControlListener {
    private final PrintStream out;
    private boolean said;

    StartupLine(PrintStream out) {
        this.out = out;
    }

    /** Ticks quickly until the line is out: users and scripts wait for it. */
    @Override
    public long tickNanos() {
        return said ? HARVESTS_ONLY : DEFAULT_TICK_NANOS;
    }

    @Override
    public void tick(Forwarder running, long elapsedNanos) {
        if (said || running.loops().values().stream().anyMatch(l -> l.threadId() < 0)) {
            return;
        }
        said = true;
        String lcores = running.loops().entrySet().stream()
                .map((Map.Entry<Integer, BurstLoop> e) -> "lcore " + e.getKey() + ": " + e.getValue().streamCount() + " stream(s)")
                .collect(Collectors.joining(", "));
        String ports = running.ports().stream().map(p -> p.id() + "=" + p.name()).collect(Collectors.joining(" "));
        out.println("pmd-forwarder: forwarding, ports " + ports + "; " + lcores + "; Ctrl-C to stop");
    }
}
