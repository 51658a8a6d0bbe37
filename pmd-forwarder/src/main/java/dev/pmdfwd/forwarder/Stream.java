package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.fastpath.EthRxQueue;
import dev.pmdfwd.dpdk.fastpath.EthTxQueue;
import dev.pmdfwd.dpdk.fastpath.MbufArray;
import org.agrona.concurrent.status.AtomicCounter;

import java.lang.foreign.Arena;

import static dev.pmdfwd.forwarder.StreamHistograms.Kind.TX_RETRIES;
import static dev.pmdfwd.forwarder.StreamHistograms.Kind.TX_SHORTFALL;

/**
 * One rx queue forwarded to one tx queue by one worker: rx burst, tx burst, and a shortfall handled
 * under the {@link TxRetryPolicy}. With a tx hold (--tx-hold-us), rx bursts collect in {@link #pkts}
 * until it is full or the first of them has waited that long, and then go out as one tx burst.
 * Every packet received is either taken by the tx queue or freed and counted under a
 * {@link DropReason}. Owned by a single lcore; nothing here allocates, locks or makes a system call
 * ({@code System.nanoTime}, on one burst in {@link StreamHistograms#RESIDENCE_SAMPLE} and on every
 * poll of a tx hold, reads the TSC through the vDSO).
 */
public final class Stream {
    /**
     * {@code -Dpmdfwd.histograms=off} skips the burst-size and residence histograms, only so that the
     * bench can show what they cost (scripts/bench.sh). A static final: the JIT folds the test away.
     * Counters cannot be turned off: conservation is checked on them.
     */
    static final boolean HISTOGRAMS = !"off".equals(System.getProperty("pmdfwd.histograms"));

    private final StreamId id;
    private final EthRxQueue rx;
    private final EthTxQueue tx;
    private final MbufArray pkts;
    private final int burst;
    private final TxPolicy policy;
    private final int maxRetries;
    /** --tx-hold-us in nanoseconds; 0: every rx burst goes to tx at once. */
    private final long holdNanos;
    private final long retryDelayNanos;
    private final StreamCounters counters;
    private final StreamHistograms histograms;
    private final AtomicCounter droppedTxFull;

    /** Backpressure: packets held at the start of {@link #pkts}, and when their burst arrived (0: untimed). */
    private int pending;
    private long pendingSince;
    /** Tx hold: packets received and not yet offered, at the start of {@link #pkts}, and since when. */
    private int held;
    private long heldSince;
    /** Non-empty bursts so far, to time one in RESIDENCE_SAMPLE. */
    private int burstNumber;

    Stream(StreamId id, EthRxQueue rx, EthTxQueue tx, Arena arena, int burst, TxRetryPolicy policy,
           long holdNanos, StreamCounters counters, StreamHistograms histograms) {
        this.id = id;
        this.rx = rx;
        this.tx = tx;
        this.pkts = new MbufArray(arena, burst);
        this.burst = burst;
        this.policy = policy.policy();
        this.maxRetries = policy.retries();
        this.retryDelayNanos = policy.delayNanos();
        this.holdNanos = holdNanos;
        this.counters = counters;
        this.histograms = histograms;
        this.droppedTxFull = counters.dropped[DropReason.TX_FULL.ordinal()];
    }

    public StreamId id() {
        return id;
    }

    public StreamCounters counters() {
        return counters;
    }

    public StreamHistograms histograms() {
        return histograms;
    }

    /** One duty-cycle step; returns the packets moved (or received and held), 0 when idle. */
    int poll() {
        if (pending > 0) {
            return drainPending();
        }
        int n;
        if (holdNanos == 0) {
            n = rx.burst(pkts.address(), burst);
            if (n == 0) {
                return 0;
            }
            countRx(n);
        } else {
            int before = held;
            n = collect();
            if (n == 0) {
                // held, not sent: still work to the idle strategy, or a backoff would go on parking
                // at the length it had reached while idle, however short the hold
                return held - before;
            }
        }
        long arrived = HISTOGRAMS && (++burstNumber & (StreamHistograms.RESIDENCE_SAMPLE - 1)) == 0
                ? (holdNanos == 0 ? System.nanoTime() : heldSince) : 0;
        int sent = tx.burst(pkts.address(), n);
        if (sent < n) {
            sent = shortfall(n, sent, arrived);
            if (pending > 0) {
                return n;
            }
        }
        counters.tx.getAndAddRelease(sent);
        if (arrived != 0) {
            histograms.recordResidence(System.nanoTime() - arrived);
        }
        return n;
    }

    private void countRx(int n) {
        counters.rx.getAndAddRelease(n);
        counters.bursts.incrementRelease();
        if (HISTOGRAMS) {
            histograms.recordBurst(n);
        }
    }

    /**
     * Tx hold: receives behind what is held; returns how many packets to send now, all of them once
     * the array is full or the oldest has waited {@link #holdNanos}, else 0. Their residence is timed
     * from the first one's arrival, so it includes the hold.
     */
    private int collect() {
        int n = rx.burst(pkts.addressOf(held), burst - held);
        if (n > 0) {
            if (held == 0) {
                heldSince = System.nanoTime();
            }
            held += n;
            countRx(n);
        }
        if (held == 0 || (held < burst && System.nanoTime() - heldSince < holdNanos)) {
            return 0;
        }
        int ready = held;
        held = 0;
        return ready;
    }

    /** Handles a tx burst that took {@code sent < n}; returns the packets finally sent now. */
    private int shortfall(int n, int sent, long arrived) {
        counters.shortfalls.incrementRelease();
        histograms.record(TX_SHORTFALL, n - sent);
        switch (policy) {
            case RETRY -> {
                int tries = 0;
                while (sent < n && tries < maxRetries) {
                    pause(retryDelayNanos);
                    sent += tx.burst(pkts.addressOf(sent), n - sent);
                    tries++;
                }
                counters.retries.getAndAddRelease(tries);
                histograms.record(TX_RETRIES, tries);
                drop(sent, n - sent, droppedTxFull);
            }
            case DROP -> {
                histograms.record(TX_RETRIES, 0);
                drop(sent, n - sent, droppedTxFull);
            }
            case BACKPRESSURE -> {
                pending = n - sent;
                pendingSince = arrived;
                pkts.compact(sent, pending);
                counters.tx.getAndAddRelease(sent);
            }
        }
        return sent;
    }

    /** Backpressure: offer the held packets again; rx resumes once they are all gone. */
    private int drainPending() {
        int sent = tx.burst(pkts.address(), pending);
        if (sent == 0) {
            return 0;
        }
        counters.tx.getAndAddRelease(sent);
        pending -= sent;
        if (pending > 0) {
            pkts.compact(sent, pending);
        } else if (pendingSince != 0) {
            histograms.recordResidence(System.nanoTime() - pendingSince);
        }
        return sent;
    }

    /**
     * At shutdown: what a tx hold or backpressure still holds gets one last round of retries, then is
     * freed and counted as {@link DropReason#SHUTDOWN}. Runs on the owning lcore, after its loop ends.
     */
    void finish() {
        if (held > 0) { // a tx hold's packets go out now, under the same last retries as backpressure's
            int sent = tx.burst(pkts.address(), held);
            counters.tx.getAndAddRelease(sent);
            pending = held - sent;
            if (pending > 0) {
                pkts.compact(sent, pending);
            }
            held = 0;
        }
        int tries = 0;
        while (pending > 0 && tries < Math.max(maxRetries, 1)) {
            drainPending();
            if (pending > 0) {
                pause(Math.max(retryDelayNanos, 1_000));
            }
            tries++;
        }
        if (pending > 0) {
            drop(0, pending, counters.dropped[DropReason.SHUTDOWN.ordinal()]);
            pending = 0;
        }
    }

    private void drop(int from, int count, AtomicCounter reason) {
        if (count > 0) {
            pkts.free(from, count);
            reason.getAndAddRelease(count);
        }
    }

    /** Busy-waits: a sleep would be a system call and would give the core away. */
    private static void pause(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Override
    public String toString() {
        return "stream " + id.index() + " (" + id + ")";
    }
}
