package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.SignalDisposition;

import sun.misc.Signal;

import java.io.PrintStream;

/**
 * SIGINT and SIGTERM stop the forwarder in order; a second one exits at once. sun.misc.Signal (module
 * jdk.unsupported) rather than a shutdown hook: a hook runs while the JVM is already exiting, so the
 * main lcore could not finish its orderly shutdown (ports closed, report written, rte_eal_cleanup)
 * and return an exit status of its own. A signal inherited as ignored is un-ignored first, as testpmd
 * does: otherwise {@code kill -INT} would not stop a forwarder started in the background by a script.
 */
final class SignalStop {
    private SignalStop() {
    }

    static void install(StopSignal stop, PrintStream err) {
        for (String name : new String[]{"INT", "TERM"}) {
            Signal signalToHandle = new Signal(name);
            // a background job of a shell inherits SIGINT ignored, and the JVM would then not handle it
            SignalDisposition.unignore(signalToHandle.getNumber());
            Signal.handle(signalToHandle, signal -> {
                if (stop.isStopping()) {
                    err.println("pmd-forwarder: second SIG" + signal.getName() + ": exiting without cleanup");
                    Runtime.getRuntime().halt(128 + signal.getNumber());
                }
                stop.stop("SIG" + signal.getName());
            });
        }
    }
}
