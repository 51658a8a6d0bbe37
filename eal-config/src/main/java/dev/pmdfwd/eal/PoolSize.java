package dev.pmdfwd.eal;

/**
 * The mbuf pool a launch creates.
 *
 * @param mbufs     number of mbufs
 * @param cacheSize per-lcore mempool cache size
 * @param dataRoom  data room per mbuf in bytes, headroom included
 * @param bytes     memory the pool takes from EAL: objects (laid out in pages as rte_mempool does), its ring
 *                  and its header with the per-lcore caches
 */
public record PoolSize(int mbufs, int cacheSize, int dataRoom, long bytes) {}
