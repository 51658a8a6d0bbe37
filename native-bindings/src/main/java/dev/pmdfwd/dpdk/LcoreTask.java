package dev.pmdfwd.dpdk;

/** Work run on an EAL lcore. Its return value becomes {@code rte_eal_wait_lcore}'s. */
@FunctionalInterface
public interface LcoreTask {
    int run(int lcoreId) throws Exception;
}
