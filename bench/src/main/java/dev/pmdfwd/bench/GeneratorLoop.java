package dev.pmdfwd.bench;

import dev.pmdfwd.dpdk.fastpath.EthRxQueue;
import dev.pmdfwd.dpdk.fastpath.EthTxQueue;
import dev.pmdfwd.dpdk.fastpath.MbufArray;
import dev.pmdfwd.dpdk.fastpath.PacketAllocator;
import org.HdrHistogram.Histogram;

import java.lang.foreign.MemorySegment;

/**
 * The generator's duty cycle on one lcore: send probe frames on a fixed schedule, receive them back,
 * record one-way latency. Frame {@code s} is due at {@code start + s / rate}; it carries that intended
 * time, and its latency is measured from it, not from when it actually left. A generator (or switch)
 * that falls behind therefore shows up as latency rather than being hidden by sending later
 * (coordinated omission, as wrk2 corrects it). The uncorrected latency, from the actual send time, is
 * kept beside it. A frame the switch's ingress ring refuses is lost, as a wire would lose it. At rate 0
 * the sender saturates the switch instead (see {@link #sendSaturating}), to find its maximum.
 *
 * <p>Only frames due within the measured window count. Whether a frame is in the window is data, not
 * a branch: each count adds a 0/1 window bit and each histogram is one of a pair (warm-up, window)
 * picked by it. The warm-up thus runs exactly the code the window runs, and the JIT has nothing left
 * to compile, or to deoptimise, when the window opens (a branch first taken there cost a stall of
 * several ms). Nothing is allocated in the loop.
 */
final class GeneratorLoop {
    private static final MemorySegment MEMORY = PacketAllocator.memory();
    private static final int WARMUP = 0;
    private static final int WINDOW = 1;

    private final EthTxQueue tx;
    private final EthRxQueue rx;
    private final PacketAllocator allocator;
    private final ProbeFrame frame;
    private final MbufArray txPkts;
    private final MbufArray rxPkts;
    private final int burst;
    /** ns between frames; 0: as fast as the port takes them */
    private final double intervalNs;
    private final long pauseNs;
    private final long pausePeriodNs;
    /** [WARMUP] and [WINDOW] of each: latency from the intended and from the actual send time, in ns. */
    private final Histogram[] corrected;
    private final Histogram[] uncorrected;
    /** How late the generator itself sent each scheduled burst: if this is large, it, not the switch, fell behind. */
    private final Histogram[] lateness;
    private final long maxRecordable;

    private long measureFrom;
    private long measureTo;
    private long offered;
    private long refused;
    private long received;
    private long reordered;
    private long foreign;
    private long allocFailures;
    private long measuredOffered;
    private long measuredRefused;
    private long measuredReceived;
    private long maxSeq = -1;
    /** Frames the saturating sender holds for its next burst; freed at the end of the run. */
    private int pending;

    GeneratorLoop(EthTxQueue tx, EthRxQueue rx, PacketAllocator allocator, ProbeFrame frame, MbufArray txPkts,
                  MbufArray rxPkts, double ratePps, long pauseNs, long pausePeriodNs, long highestNs) {
        this.tx = tx;
        this.rx = rx;
        this.allocator = allocator;
        this.frame = frame;
        this.txPkts = txPkts;
        this.rxPkts = rxPkts;
        this.burst = Math.min(txPkts.capacity(), rxPkts.capacity());
        this.intervalNs = ratePps > 0 ? 1e9 / ratePps : 0;
        this.pauseNs = pauseNs;
        this.pausePeriodNs = pausePeriodNs;
        this.corrected = pair(highestNs);
        this.uncorrected = pair(highestNs);
        this.lateness = pair(highestNs);
        this.maxRecordable = highestNs;
    }

    /** Sequence number of the frames {@link #awaitForwarding} sends: not counted, even if one comes back late. */
    static final long PRIMING_SEQ = -1;

    /**
     * Sends one frame a millisecond until one comes back, then drains the rx queue for
     * {@code settleNs}; returns how long until the first came back. A link is up as soon as the switch
     * has probed its ports, which for a JVM switch is seconds before it forwards: timing the warm-up
     * from here gives every switch the same warm-up of forwarding.
     */
    long awaitForwarding(long timeoutNs, long settleNs) {
        long start = System.nanoTime();
        long nextSend = start;
        for (long now = start; now - start < timeoutNs; now = System.nanoTime()) {
            if (now >= nextSend && allocator.allocate(txPkts.address(), 1, frame.length())) {
                frame.write(MEMORY, PacketAllocator.data(txPkts.get(0)), PRIMING_SEQ, now, now);
                if (tx.burst(txPkts.address(), 1) == 0) {
                    txPkts.free(0, 1);
                }
                nextSend = now + 1_000_000;
            }
            int n = rx.burst(rxPkts.address(), burst);
            if (n > 0) {
                rxPkts.free(0, n);
                long forwarding = now - start;
                for (long until = System.nanoTime() + settleNs; System.nanoTime() < until; ) {
                    int m = rx.burst(rxPkts.address(), burst);
                    rxPkts.free(0, m);
                }
                return forwarding;
            }
        }
        return -1;
    }

    /** Sends for warmup + measure, then only receives for drain; returns the window's counts. */
    GeneratorResult run(long warmupNs, long measureNs, long drainNs) {
        long start = System.nanoTime();
        measureFrom = start + warmupNs;
        measureTo = measureFrom + measureNs;
        long end = measureTo + drainNs;
        long seq = 0;
        for (long now = start; now < end; now = System.nanoTime()) {
            seq = send(seq, start, now);
            if (pausePeriodNs == 0 || (now - start) % pausePeriodNs >= pauseNs) {
                receive();
            }
        }
        txPkts.free(0, pending);
        pending = 0;
        return new GeneratorResult(measureNs, offered, refused, received, reordered, foreign, allocFailures,
                measuredOffered, measuredRefused, measuredReceived, corrected[WINDOW], uncorrected[WINDOW], lateness[WINDOW]);
    }

    private long send(long seq, long start, long now) {
        return intervalNs > 0 ? sendOnSchedule(seq, start, now) : sendSaturating(seq, now);
    }

    /**
     * Sends the frames due by now, at most a burst; what the switch's ingress ring refuses is lost.
     * Nothing is due after the window: the clock is held at its end, so the drain takes the same path.
     */
    private long sendOnSchedule(long seq, long start, long now) {
        long due = (long) ((Math.min(now, measureTo) - start) / intervalNs) + 1 - seq;
        if (due <= 0) {
            return seq;
        }
        int n = (int) Math.min(due, burst);
        if (!allocator.allocate(txPkts.address(), n, frame.length())) {
            allocFailures++; // the schedule stands: these frames go out late, and their latency shows it
            return seq;
        }
        long firstIntended = intended(start, seq);
        lateness[window(firstIntended)].recordValue(clamp(now - firstIntended));
        for (int i = 0; i < n; i++) {
            long intended = intended(start, seq + i);
            frame.write(MEMORY, PacketAllocator.data(txPkts.get(i)), seq + i, intended, now);
            measuredOffered += window(intended);
        }
        int taken = tx.burst(txPkts.address(), n);
        if (taken < n) {
            for (int i = taken; i < n; i++) {
                measuredRefused += window(intended(start, seq + i));
            }
            txPkts.free(taken, n - taken);
            refused += n - taken;
        }
        offered += n;
        return seq + n;
    }

    /**
     * Keeps the switch's ingress ring full: a refused remainder is kept and offered again, not lost,
     * so the generator spends nothing on frames nobody takes. Frames are stamped when written; offered
     * counts what the switch took. Stops sending when the window ends.
     */
    private long sendSaturating(long seq, long now) {
        if (now >= measureTo) {
            return seq;
        }
        int fresh = burst - pending;
        if (fresh > 0) {
            if (!allocator.allocate(txPkts.addressOf(pending), fresh, frame.length())) {
                allocFailures++;
                fresh = 0;
            }
            for (int i = 0; i < fresh; i++) {
                frame.write(MEMORY, PacketAllocator.data(txPkts.get(pending + i)), seq + i, now, now);
            }
            pending += fresh;
        }
        int taken = tx.burst(txPkts.address(), pending);
        for (int i = 0; i < taken; i++) {
            measuredOffered += window(ProbeFrame.intendedNs(MEMORY, PacketAllocator.data(txPkts.get(i))));
        }
        offered += taken;
        pending -= taken;
        txPkts.compact(taken, pending);
        return seq + fresh;
    }

    /** Receives until the rx queue is empty (at most 8 bursts), so a busy sender cannot starve it. */
    private void receive() {
        for (int bursts = 0; bursts < 8; bursts++) {
            if (receiveBurst() < burst) {
                return;
            }
        }
    }

    private int receiveBurst() {
        int n = rx.burst(rxPkts.address(), burst);
        if (n == 0) {
            return 0;
        }
        long now = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long m = rxPkts.get(i);
            long data = PacketAllocator.data(m);
            if (!ProbeFrame.isProbe(MEMORY, data, PacketAllocator.dataLength(m))) {
                foreign++;
                continue;
            }
            long s = ProbeFrame.seq(MEMORY, data);
            if (s == PRIMING_SEQ) {
                continue; // a straggler of awaitForwarding
            }
            long intended = ProbeFrame.intendedNs(MEMORY, data);
            received++;
            if (s < maxSeq) {
                reordered++;
            } else {
                maxSeq = s;
            }
            int w = window(intended);
            measuredReceived += w;
            corrected[w].recordValue(clamp(now - intended));
            uncorrected[w].recordValue(clamp(now - ProbeFrame.sentNs(MEMORY, data)));
        }
        rxPkts.free(0, n);
        return n;
    }

    private long intended(long start, long seq) {
        return start + (long) (seq * intervalNs);
    }

    /** 1 when a frame due at {@code intendedNs} belongs to the measured window, else 0; branch-free. */
    private int window(long intendedNs) {
        return (int) ((1 - ((intendedNs - measureFrom) >>> 63)) & ((intendedNs - measureTo) >>> 63));
    }

    private long clamp(long ns) {
        return Math.max(0, Math.min(ns, maxRecordable));
    }

    private static Histogram[] pair(long highestNs) {
        return new Histogram[]{new Histogram(highestNs, 3), new Histogram(highestNs, 3)};
    }
}
