package dev.pmdfwd.eal;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the forwarder's app options ask of the launch, used to resolve pairs and size the mbuf pool.
 * Values are checked by {@link LaunchPlanner#plan}, which names the app option in its message
 * (--pairs, --rxq, --txq, --rx-desc, --tx-desc, --burst, --mbuf-size, --mbufs, --no-huge-fallback).
 *
 * @param pairs        the --pairs spec; empty means ports paired in order
 * @param rxQueues     rx queues per port
 * @param txQueues     tx queues per port; 0 means one per forwarding lcore
 * @param rxDesc       rx descriptors per queue
 * @param txDesc       tx descriptors per queue
 * @param burst        packets per rx/tx burst
 * @param mbufDataRoom mbuf data room in bytes, headroom included (DPDK default 2176 = RTE_MBUF_DEFAULT_BUF_SIZE)
 * @param mbufs        pool size override; empty means sized from the queues
 * @param hugeFallback whether a launch without enough hugepages may fall back to --no-huge
 */
public record AppDemand(Optional<String> pairs, int rxQueues, int txQueues, int rxDesc, int txDesc, int burst,
                        int mbufDataRoom, OptionalInt mbufs, boolean hugeFallback) {

    /** RTE_MBUF_DEFAULT_BUF_SIZE: 2048 bytes of data plus the 128-byte RTE_PKTMBUF_HEADROOM. */
    public static final int DEFAULT_DATA_ROOM = 2176;
    /** RTE_PKTMBUF_HEADROOM: a data room must at least hold it. */
    static final int HEADROOM = 128;
    /** testpmd's MAX_PKT_BURST. */
    static final int MAX_BURST = 512;

    public AppDemand {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(mbufs, "mbufs");
    }

    /** One rx queue and one tx queue per forwarding lcore, 1024 descriptors each, bursts of 32, default mbufs. */
    public static AppDemand defaults() {
        return new AppDemand(Optional.empty(), 1, 0, 1024, 1024, 32, DEFAULT_DATA_ROOM, OptionalInt.empty(), true);
    }

    /** Refuses values that make no sense, naming the app option. */
    void check() throws LaunchException {
        if (rxQueues < 1 || rxQueues > 1024) {
            throw new LaunchException("--rxq " + rxQueues + " is out of range: a port needs 1-1024 rx queues, e.g. --rxq 1");
        }
        if (txQueues < 0 || txQueues > 1024) {
            throw new LaunchException("--txq " + txQueues + " is out of range: use 1-1024 tx queues, or 0 for one per forwarding lcore");
        }
        if (rxDesc < 1 || rxDesc > 65535) {
            throw new LaunchException("--rx-desc " + rxDesc + " is out of range: use 1-65535 rx descriptors per queue, e.g. --rx-desc 1024");
        }
        if (txDesc < 1 || txDesc > 65535) {
            throw new LaunchException("--tx-desc " + txDesc + " is out of range: use 1-65535 tx descriptors per queue, e.g. --tx-desc 1024");
        }
        if (burst < 1 || burst > MAX_BURST) {
            throw new LaunchException("--burst " + burst + " is out of range: use 1-" + MAX_BURST + " packets per burst, e.g. --burst 32");
        }
        if (mbufDataRoom <= HEADROOM || mbufDataRoom > 65535) {
            throw new LaunchException("--mbuf-size " + mbufDataRoom + " is out of range: the data room must exceed the "
                    + HEADROOM + "-byte headroom and fit 16 bits (129-65535), e.g. --mbuf-size " + DEFAULT_DATA_ROOM);
        }
        if (mbufs.isPresent() && mbufs.getAsInt() <= 0) {
            throw new LaunchException("--mbufs " + mbufs.getAsInt() + " is not a pool size: give a positive count, or leave it out to size the pool from the queues");
        }
    }
}
