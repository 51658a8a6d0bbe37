package dev.pmdfwd.forwarder;

import dev.pmdfwd.eal.PortPairs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the forwarder needs once EAL is up: what to bridge, how to set ports up, the pool, the
 * tx policy and the run's length. Built by {@link Main} from the command line, or by tests directly.
 *
 * @param pairs        ports bridged both ways
 * @param mbufs        mbuf pool size; the pool is the forwarder's only packet memory
 * @param mbufCache    per-lcore mempool cache
 * @param txHold       how long received packets may wait for a fuller tx burst; zero sends every rx burst at once
 * @param duration     stop after this long; zero runs until SIGINT/SIGTERM
 * @param statsPeriod  print a line of rates this often; zero for none
 * @param idle         the worker idle strategy when a cycle finds no packets
 * @param countersFile where to publish the counters for other processes; empty keeps them in memory
 */
public record ForwarderConfig(PortPairs pairs, PortSettings ports, int burst, int mbufs, int mbufCache,
                              TxRetryPolicy txPolicy, Duration txHold, Duration duration, Duration statsPeriod, IdleMode idle,
                              Optional<Path> countersFile) {
    /** testpmd's MAX_PKT_BURST: the largest burst any PMD is asked for. */
    public static final int MAX_BURST = 512;
}
