package dev.pmdfwd.eal;

/**
 * A launch that would fail or misbehave in DPDK, refused before rte_eal_init.
 * The message is one line: it names the offending argument and says how to fix it.
 */
public final class LaunchException extends Exception {
    public LaunchException(String message) {
        super(message);
    }
}
