package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A fixed pool of packet buffers ({@code rte_pktmbuf_pool_create}): the only packet memory the
 * forwarder ever has, sized once at start. Every mbuf is either in the pool, in a driver ring, or in
 * one of a worker's burst arrays.
 */
public final class PacketPool implements AutoCloseable {
    private final String name;
    private final MemorySegment pool;
    private final int size;

    private PacketPool(String name, MemorySegment pool, int size) {
        this.name = name;
        this.pool = pool;
        this.size = size;
    }

    /**
     * @param cacheSize per-lcore cache, at most RTE_MEMPOOL_CACHE_MAX_SIZE
     * @param dataRoom  buffer bytes per mbuf including RTE_PKTMBUF_HEADROOM (RTE_MBUF_DEFAULT_BUF_SIZE is 2176)
     */
    public static PacketPool create(String name, int mbufs, int cacheSize, int dataRoom, int socketId) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pool = dpdk_h.rte_pktmbuf_pool_create(arena.allocateFrom(name), mbufs, cacheSize,
                    (short) 0, (short) dataRoom, socketId);
            if (pool.equals(MemorySegment.NULL)) {
                int errno = RteErrno.get();
                throw new DpdkException("cannot create mbuf pool '" + name + "' of " + mbufs + " mbufs × "
                        + dataRoom + " B: " + RteErrno.describe(errno)
                        + " — give EAL more memory (-m, or more hugepages) or lower --mbufs", errno);
            }
            return new PacketPool(name, pool, mbufs);
        }
    }

    /** The {@code struct rte_mempool *} for rx queue setup. */
    public MemorySegment pointer() {
        return pool;
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    /** Mbufs in the pool, including the per-lcore caches. */
    public int available() {
        return dpdk_h.rte_mempool_avail_count(pool);
    }

    /** Mbufs out of the pool: in driver rings or in the application's hands. */
    public int inUse() {
        return dpdk_h.rte_mempool_in_use_count(pool);
    }

    @Override
    public void close() {
        dpdk_h.rte_mempool_free(pool);
    }
}
