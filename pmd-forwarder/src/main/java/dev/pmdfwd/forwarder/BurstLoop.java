package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.LcoreTask;
import org.agrona.concurrent.IdleStrategy;

/**
 * A worker lcore's duty cycle: poll each of its streams in turn until told to stop, then let each
 * stream finish what it holds. The stream array is fixed before the loop starts; the loop itself
 * allocates nothing. {@link #threadId()} and {@link #cycles()} let tests and reports see it run.
 */
public final class BurstLoop implements LcoreTask {
    private final Stream[] streams;
    private final StopSignal stop;
    private final IdleStrategy idle;
    private volatile long threadId = -1;
    private volatile long cycles;

    BurstLoop(Stream[] streams, StopSignal stop, IdleStrategy idle) {
        this.streams = streams.clone();
        this.stop = stop;
        this.idle = idle;
    }

    @Override
    public int run(int lcoreId) {
        threadId = Thread.currentThread().threadId();
        try {
            loop();
        } catch (RuntimeException | Error e) {
            // one failed lcore stops them all, or the others would forward forever while main waits
            stop.stop("lcore " + lcoreId + " failed: " + e);
            throw e;
        }
        return 0;
    }

    private void loop() {
        Stream[] streams = this.streams;
        long n = 0;
        while (!stop.isStopping()) {
            int work = 0;
            for (Stream stream : streams) {
                work += stream.poll();
            }
            idle.idle(work);
            if ((++n & 0x3FF) == 0) {
                cycles = n; // published every 1024 cycles: a volatile store per cycle would cost more
            }
        }
        cycles = n;
        for (Stream stream : streams) {
            stream.finish();
        }
    }

    /** The Java thread id of the lcore running this loop, or -1 before it starts. */
    public long threadId() {
        return threadId;
    }

    /** Duty cycles completed so far (updated every 1024). */
    public long cycles() {
        return cycles;
    }

    public int streamCount() {
        return streams.length;
    }
}
