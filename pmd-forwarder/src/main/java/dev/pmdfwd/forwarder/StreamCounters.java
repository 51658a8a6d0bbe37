package dev.pmdfwd.forwarder;

import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

/**
 * The counters of one stream, in Agrona counters so another thread (and later another process) can
 * read them while the worker runs. Single writer: the worker adds with release stores, no atomics.
 */
public final class StreamCounters {
    /** Counter type ids, so a reader can group counters by kind. */
    public static final int RX = 1;
    public static final int TX = 2;
    public static final int DROPPED = 3;
    public static final int SHORTFALLS = 4;
    public static final int RETRIES = 5;
    public static final int BURSTS = 6;
    /** Counters each stream allocates. */
    static final int PER_STREAM = 5 + DropReason.values().length;

    final AtomicCounter rx;
    final AtomicCounter tx;
    final AtomicCounter[] dropped = new AtomicCounter[DropReason.values().length];
    final AtomicCounter shortfalls;
    final AtomicCounter retries;
    final AtomicCounter bursts;

    StreamCounters(CountersManager manager, StreamId id) {
        String prefix = "stream " + id.index() + " (" + id + "): ";
        rx = manager.newCounter(prefix + "rx packets", RX);
        tx = manager.newCounter(prefix + "tx packets", TX);
        for (DropReason reason : DropReason.values()) {
            dropped[reason.ordinal()] = manager.newCounter(prefix + "dropped " + reason.key(), DROPPED);
        }
        shortfalls = manager.newCounter(prefix + "tx shortfalls", SHORTFALLS);
        retries = manager.newCounter(prefix + "tx retries", RETRIES);
        bursts = manager.newCounter(prefix + "rx bursts", BURSTS);
    }

    public long rx() {
        return rx.getAcquire();
    }

    public long tx() {
        return tx.getAcquire();
    }

    public long dropped(DropReason reason) {
        return dropped[reason.ordinal()].getAcquire();
    }

    public long droppedTotal() {
        long total = 0;
        for (AtomicCounter counter : dropped) {
            total += counter.getAcquire();
        }
        return total;
    }

    public long shortfalls() {
        return shortfalls.getAcquire();
    }

    public long retries() {
        return retries.getAcquire();
    }

    /** Non-empty rx bursts. */
    public long bursts() {
        return bursts.getAcquire();
    }

    /** The values now, detached from the counters (which may live in a file that is about to go). */
    public Snapshot snapshot() {
        long[] drops = new long[dropped.length];
        for (int i = 0; i < drops.length; i++) {
            drops[i] = dropped[i].getAcquire();
        }
        return new Snapshot(rx(), tx(), drops, shortfalls(), retries(), bursts());
    }

    /** A stream's counters at one moment. */
    public record Snapshot(long rx, long tx, long[] droppedByReason, long shortfalls, long retries, long bursts) {
        public long dropped(DropReason reason) {
            return droppedByReason[reason.ordinal()];
        }

        public long droppedTotal() {
            long total = 0;
            for (long d : droppedByReason) {
                total += d;
            }
            return total;
        }
    }
}
