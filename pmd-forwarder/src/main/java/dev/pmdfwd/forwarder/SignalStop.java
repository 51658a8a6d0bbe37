package dev.pmdfwd.forwarder;

import sun.misc.Signal;

import java.io.PrintStream;

/**
 * SIGINT and SIGTERM stop the forwarder in order; a second one exits at once. sun.misc.Signal (module
 * jdk.unsupported) rather than a shutdown hook: a hook runs while the JVM is already exiting, so the
 * main lcore could not finish its orderly shutdown (ports closed, report written, rte_eal_cleanup)
 * and return an exit status of its own.
 */
final class SignalStop {
    private SignalStop() {
    }

    static void install(StopSignal stop, PrintStream err) {
        for (String name : new String[]{"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                if (stop.isStopping()) {
                    err.println("pmd-forwarder: second SIG" + signal.getName() + ": exiting without cleanup");
                    Runtime.getRuntime().halt(128 + signal.getNumber());
                }
                stop.stop("SIG" + signal.getName());
            });
        }
    }
}
