package dev.pmdfwd.eal;

/**
 * Sizes the mbuf pool the way testpmd does and estimates the memory EAL must have for it.
 *
 * <p>Mbufs needed = ports x (rxq x rxDesc + txq x txDesc)   (every descriptor can hold an mbuf)
 * + lcores x (cache + burst)                                  (each lcore's mempool cache, plus the burst it holds)
 * + ports x rxq x burst                                       (one burst in flight per rx stream).
 * The lcore term counts every lcore, main included, because the main lcore allocates through its own cache
 * when it fills the rx rings at queue setup. The result is raised to {@link #MIN_POOL_MBUFS}.
 *
 * <p>Memory follows rte_mempool's layout in 22.11 (rte_mempool_calc_obj_size and the page-bounded populate):
 * an object is a 64-byte cache-aligned header plus the 128-byte rte_mbuf plus the data room, rounded to cache
 * lines and then to an odd number of lines (objects are spread over the 4 default memory channels); objects
 * must not straddle a page, so with 4 KiB pages (--no-huge) one 2368-byte default mbuf takes a whole page.
 */
final class PoolSizer {
    /**
     * Floor on the pool: 8191 = 2^13 - 1 (the mempool's preferred n = 2^q - 1 form) and far above testpmd's
     * 1024 minimum, so a small launch still has room for the PMD's own allocations and retries.
     */
    static final int MIN_POOL_MBUFS = 8191;
    /** testpmd's default mempool cache (DEF_MBUF_CACHE). */
    static final int DEFAULT_CACHE = 250;
    /** RTE_MEMPOOL_CACHE_MAX_SIZE of the 22.11 build. */
    static final int CACHE_MAX = 512;
    static final int CACHE_LINE = 64;
    /** sizeof(struct rte_mbuf). */
    static final int MBUF_HEADER = 128;
    /** sizeof(struct rte_mempool_objhdr) = 24, cache-aligned. */
    static final int OBJECT_HEADER = 64;
    /** The channel count rte_mempool spreads objects over when -n is not given. */
    static final int MEMORY_CHANNELS = 4;
    /** RTE_MAX_LCORE x sizeof(struct rte_mempool_cache) (objs[1024] after a cache line) + the pool struct. */
    static final long POOL_HEADER_BYTES = 128L * (64 + 8 * 2 * CACHE_MAX) + 4096;
    /** sizeof(struct rte_ring) rounded up, before its slots. */
    static final long RING_HEADER_BYTES = 384;
    /** Allowance per rx/tx descriptor for the PMD's hardware ring and software shadow ring. */
    static final long BYTES_PER_DESCRIPTOR = 64;
    /** Allowance per queue for its structure and page alignment. */
    static final long BYTES_PER_QUEUE = 4096;
    /**
     * EAL's own memory besides the pool, measured with dpdk-testpmd 22.11 on this machine (2 lcores, 2 net_null
     * ports, one pool): the smallest working {@code --no-huge -m} for 2048/8191/32767/131071 mbufs was
     * 20/44/140/525 MB, i.e. 11.0 MB above this class's pool estimate each time; with 2 MB hugepages the smallest
     * {@code --socket-limit} was 19/33/89/311 MB, 12.8-14.4 MB above it. 16 MB covers both with page rounding.
     */
    static final long EAL_BASE_BYTES = 16L << 20;
    /** Page size objects are laid out in under --no-huge. */
    static final long SMALL_PAGE = 4096;

    private PoolSizer() {}

    /** The effective tx queues per port: 0 in the demand means one per forwarding lcore (at least one). */
    static int txQueues(AppDemand demand, int forwardingLcores) {
        return demand.txQueues() == 0 ? Math.max(1, forwardingLcores) : demand.txQueues();
    }

    /** The mbufs the queues and lcores can hold at once: below this the forwarder starves. */
    static long minimumMbufs(AppDemand d, int ports, int lcores, int forwardingLcores) {
        long txq = txQueues(d, forwardingLcores);
        return (long) ports * (d.rxQueues() * (long) d.rxDesc() + txq * d.txDesc())
                + (long) lcores * (DEFAULT_CACHE + d.burst())
                + (long) ports * d.rxQueues() * d.burst();
    }

    /**
     * The pool for a launch: the minimum raised to the floor, or the app's override when it is at least the
     * minimum. {@code pageSize} is the page the pool's objects are laid out in (hugepage size, or 4096).
     */
    static PoolSize size(AppDemand d, int ports, int lcores, int forwardingLcores, long pageSize) throws LaunchException {
        long minimum = minimumMbufs(d, ports, lcores, forwardingLcores);
        long mbufs;
        if (d.mbufs().isPresent()) {
            mbufs = d.mbufs().getAsInt();
            if (mbufs < minimum) {
                throw new LaunchException("--mbufs " + mbufs + " is below the " + minimum + " mbufs the queues need ("
                        + ports + " ports x (" + d.rxQueues() + " rxq x " + d.rxDesc() + " + " + txQueues(d, forwardingLcores)
                        + " txq x " + d.txDesc() + " descriptors) + " + lcores + " lcores x (cache " + DEFAULT_CACHE + " + burst "
                        + d.burst() + ") + bursts in flight): use --mbufs " + minimum + " or more, or leave it out");
            }
        } else {
            mbufs = Math.max(MIN_POOL_MBUFS, minimum);
        }
        if (mbufs > Integer.MAX_VALUE / 2) {
            throw new LaunchException("the queues need " + mbufs + " mbufs, more than one pool can hold: lower --rx-desc/--tx-desc,"
                    + " --rxq/--txq or the number of ports");
        }
        int n = (int) mbufs;
        return new PoolSize(n, cacheSize(n), d.mbufDataRoom(), poolBytes(n, d.mbufDataRoom(), pageSize));
    }

    /** testpmd's 250, capped by RTE_MEMPOOL_CACHE_MAX_SIZE and by rte_mempool_create's rule cache x 1.5 <= n. */
    static int cacheSize(int mbufs) {
        return (int) Math.min(Math.min(DEFAULT_CACHE, CACHE_MAX), (mbufs * 2L) / 3);
    }

    /** Bytes one mbuf takes in the pool, header and padding included (2368 for the default 2176 data room). */
    static long objectBytes(int dataRoom) {
        long lines = ceilDiv(OBJECT_HEADER + MBUF_HEADER + (long) dataRoom, CACHE_LINE);
        while (gcd(lines, MEMORY_CHANNELS) != 1) {
            lines++;
        }
        return lines * CACHE_LINE;
    }

    /** The whole pool: objects laid out in pages, plus its ring and header. */
    static long poolBytes(int mbufs, int dataRoom, long pageSize) {
        long object = objectBytes(dataRoom);
        long perPage = pageSize / object;
        long objects;
        if (perPage == 0) {
            objects = mbufs * object; // larger than a page: EAL needs it contiguous
        } else {
            long inLastPage = ((mbufs - 1) % perPage) + 1;
            objects = (mbufs - inLastPage) / perPage * pageSize + inLastPage * object;
        }
        return objects + ringBytes(mbufs) + POOL_HEADER_BYTES;
    }

    /** The pool's ring_mp_mc ring: a power-of-two count of 8-byte slots above n. */
    static long ringBytes(int mbufs) {
        long slots = Long.highestOneBit(mbufs) << 1; // smallest power of two > mbufs, i.e. >= mbufs + 1
        return RING_HEADER_BYTES + slots * 8;
    }

    /** PMD queue memory allowance for all ports. */
    static long descriptorBytes(AppDemand d, int ports, int forwardingLcores) {
        long txq = txQueues(d, forwardingLcores);
        long descriptors = (long) ports * (d.rxQueues() * (long) d.rxDesc() + txq * d.txDesc());
        return descriptors * BYTES_PER_DESCRIPTOR + (long) ports * (d.rxQueues() + txq) * BYTES_PER_QUEUE;
    }

    /** What EAL must provide: pool, queues and its own base. */
    static long memoryNeeded(PoolSize pool, AppDemand d, int ports, int forwardingLcores) {
        return pool.bytes() + descriptorBytes(d, ports, forwardingLcores) + EAL_BASE_BYTES;
    }

    /**
     * The -m to give a --no-huge run: needed plus 25% headroom for the app's own EAL allocations (rings, stats),
     * rounded up to 8 MB. Under --no-huge, -m is a hard cap, so it must not be cut close.
     */
    static int recommendedNoHugeMb(long neededBytes) {
        long mb = Text.mbCeil(neededBytes + neededBytes / 4);
        return (int) Math.min(Integer.MAX_VALUE, (mb + 7) / 8 * 8);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
