package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.LcoreTask;
import org.agrona.concurrent.IdleStrategy;

/**
 * A worker lcore's duty cycle: poll each of its streams in turn until told to stop, then let each
 * stream finish what it holds. The stream array is fixed before the loop starts; the loop itself
 * allocates nothing. {@link #threadId()} lets tests and the startup line see it run.
 */
public final class BurstLoop implements LcoreTask {
    private final Stream[] streams;
    private final StopSignal stop;
    private final IdleStrategy idle;
    private volatile long threadId = -1;

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
        while (!stop.isStopping()) {
            int work = 0;
            for (Stream stream : streams) {
                work += stream.poll();
            }
            idle.idle(work);
        }
        for (Stream stream : streams) {
            stream.finish();
        }
    }

    /** The Java thread id of the lcore running this loop, or -1 before it starts. */
    public long threadId() {
        return threadId;
    }

    public int streamCount() {
        return streams.length;
    }
}
