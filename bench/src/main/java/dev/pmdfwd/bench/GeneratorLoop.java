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
 * Only frames due within the measured window count; nothing is allocated in the loop.
 */
final class GeneratorLoop {
    private static final MemorySegment MEMORY = PacketAllocator.memory();

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
    private final Histogram corrected;
    private final Histogram uncorrected;
    /** How late the generator itself sent each scheduled burst: if this is large, it, not the switch, fell behind. */
    private final Histogram lateness;
    private final long maxRecordable;

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

    GeneratorLoop(EthTxQueue tx, EthRxQueue rx, PacketAllocator allocator, ProbeFrame frame, MbufArray txPkts,
                  MbufArray rxPkts, double ratePps, long pauseNs, long pausePeriodNs, Histogram corrected, Histogram uncorrected, Histogram lateness) {
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
        this.corrected = corrected;
        this.uncorrected = uncorrected;
        this.lateness = lateness;
        this.maxRecordable = corrected.getHighestTrackableValue();
    }

    /** Sends for warmup + measure, then only receives for drain; returns the counts. */
    GeneratorResult run(long warmupNs, long measureNs, long drainNs) {
        long start = System.nanoTime();
        long measureFrom = start + warmupNs;
        long measureTo = measureFrom + measureNs;
        long end = measureTo + drainNs;
        long seq = 0;
        for (long now = start; now < end; now = System.nanoTime()) {
            if (now < measureTo) {
                seq = send(seq, start, now, measureFrom, measureTo);
            }
            if (pausePeriodNs == 0 || (now - start) % pausePeriodNs >= pauseNs) {
                receive(measureFrom, measureTo);
            }
        }
        txPkts.free(0, pending);
        pending = 0;
        return new GeneratorResult(measureNs, offered, refused, received, reordered, foreign, allocFailures,
                measuredOffered, measuredRefused, measuredReceived, corrected, uncorrected, lateness);
    }

    private long send(long seq, long start, long now, long measureFrom, long measureTo) {
        return intervalNs > 0 ? sendOnSchedule(seq, start, now, measureFrom, measureTo) : sendSaturating(seq, now, measureFrom, measureTo);
    }

    /** Sends the frames due by now, at most a burst; what the switch's ingress ring refuses is lost. */
    private long sendOnSchedule(long seq, long start, long now, long measureFrom, long measureTo) {
        long due = (long) ((now - start) / intervalNs) + 1 - seq;
        if (due <= 0) {
            return seq;
        }
        int n = (int) Math.min(due, burst);
        if (!allocator.allocate(txPkts.address(), n, frame.length())) {
            allocFailures++; // the schedule stands: these frames go out late, and their latency shows it
            return seq;
        }
        long firstIntended = start + (long) (seq * intervalNs);
        lateness.recordValue(clamp(now - firstIntended));
        for (int i = 0; i < n; i++) {
            long s = seq + i;
            long intended = start + (long) (s * intervalNs);
            frame.write(MEMORY, PacketAllocator.data(txPkts.get(i)), s, intended, now);
            if (intended >= measureFrom && intended < measureTo) {
                measuredOffered++;
            }
        }
        int taken = tx.burst(txPkts.address(), n);
        if (taken < n) {
            for (int i = taken; i < n; i++) {
                long intended = start + (long) ((seq + i) * intervalNs);
                if (intended >= measureFrom && intended < measureTo) {
                    measuredRefused++;
                }
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
     * counts what the switch took.
     */
    private long sendSaturating(long seq, long now, long measureFrom, long measureTo) {
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
            long intended = ProbeFrame.intendedNs(MEMORY, PacketAllocator.data(txPkts.get(i)));
            if (intended >= measureFrom && intended < measureTo) {
                measuredOffered++;
            }
        }
        offered += taken;
        pending -= taken;
        txPkts.compact(taken, pending);
        return seq + fresh;
    }

    /** Frames the saturating sender holds for its next burst; freed at the end of the run. */
    private int pending;

    /** Receives until the rx queue is empty (at most 8 bursts), so a busy sender cannot starve it. */
    private void receive(long measureFrom, long measureTo) {
        for (int bursts = 0; bursts < 8; bursts++) {
            if (receiveBurst(measureFrom, measureTo) < burst) {
                return;
            }
        }
    }

    private int receiveBurst(long measureFrom, long measureTo) {
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
            long intended = ProbeFrame.intendedNs(MEMORY, data);
            received++;
            if (s < maxSeq) {
                reordered++;
            } else {
                maxSeq = s;
            }
            if (intended >= measureFrom && intended < measureTo) {
                measuredReceived++;
                corrected.recordValue(clamp(now - intended));
                uncorrected.recordValue(clamp(now - ProbeFrame.sentNs(MEMORY, data)));
            }
        }
        rxPkts.free(0, n);
        return n;
    }

    private long clamp(long ns) {
        return Math.max(0, Math.min(ns, maxRecordable));
    }
}
