package dev.pmdfwd.eal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Test shorthands: AppDemand variations off the defaults, and argv from a space-separated line. */
final class Demands {
    private Demands() {}

    static AppDemand defaults() {
        return AppDemand.defaults();
    }

    static AppDemand pairs(String spec) {
        AppDemand d = AppDemand.defaults();
        return new AppDemand(Optional.of(spec), d.rxQueues(), d.txQueues(), d.rxDesc(), d.txDesc(), d.burst(), d.mbufDataRoom(), d.mbufs(), d.hugeFallback());
    }

    static AppDemand queues(int rxq, int txq, int rxd, int txd, int burst) {
        AppDemand d = AppDemand.defaults();
        return new AppDemand(d.pairs(), rxq, txq, rxd, txd, burst, d.mbufDataRoom(), d.mbufs(), d.hugeFallback());
    }

    static AppDemand dataRoom(int bytes) {
        AppDemand d = AppDemand.defaults();
        return new AppDemand(d.pairs(), d.rxQueues(), d.txQueues(), d.rxDesc(), d.txDesc(), d.burst(), bytes, d.mbufs(), d.hugeFallback());
    }

    static AppDemand mbufs(int count) {
        AppDemand d = AppDemand.defaults();
        return new AppDemand(d.pairs(), d.rxQueues(), d.txQueues(), d.rxDesc(), d.txDesc(), d.burst(), d.mbufDataRoom(), OptionalInt.of(count), d.hugeFallback());
    }

    static AppDemand noFallback() {
        AppDemand d = AppDemand.defaults();
        return new AppDemand(d.pairs(), d.rxQueues(), d.txQueues(), d.rxDesc(), d.txDesc(), d.burst(), d.mbufDataRoom(), d.mbufs(), false);
    }

    static List<String> argv(String line) {
        return line.isBlank() ? List.of() : Arrays.asList(line.trim().split("\\s+"));
    }
}
