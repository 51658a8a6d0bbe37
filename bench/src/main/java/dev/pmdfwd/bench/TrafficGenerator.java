package dev.pmdfwd.bench;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.Eal;
import dev.pmdfwd.dpdk.EthDev;
import dev.pmdfwd.dpdk.PacketPool;
import dev.pmdfwd.dpdk.fastpath.EthRxQueue;
import dev.pmdfwd.dpdk.fastpath.EthTxQueue;
import dev.pmdfwd.dpdk.fastpath.MbufArray;
import dev.pmdfwd.dpdk.fastpath.PacketAllocator;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.dpdk.gen.rte_eth_conf;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code pmd-bench-generator [EAL args] -- [options]}: brings up EAL and the ports, waits for their
 * links (a vhost-user port is up once the switch under test has connected) and then for the switch
 * to return a first frame, runs {@link GeneratorLoop} on the main lcore, and prints the counts and
 * latency percentiles. A user mistake is one line and
 * exit status 2; a DPDK failure one line and 1.
 */
public final class TrafficGenerator {
    private static final String PROGRAM = "pmd-bench-generator";
    /** 60 s in ns at 3 significant digits: about 200 KB per histogram, allocated once. */
    private static final long HIGHEST_NS = 60_000_000_000L;

    private TrafficGenerator() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int separator = Arrays.asList(args).indexOf("--");
        List<String> eal = separator < 0 ? List.of(args) : List.of(args).subList(0, separator);
        List<String> app = separator < 0 ? List.of() : List.of(args).subList(separator + 1, args.length);
        GeneratorOptions options = new GeneratorOptions();
        CommandLine cli = new CommandLine(options);
        if (eal.contains("--help") || eal.contains("-h") || app.contains("--help") || app.contains("-h")) {
            cli.usage(out);
            return 0;
        }
        try {
            cli.parseArgs(app.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println(PROGRAM + ": " + e.getMessage() + " (try --help)");
            return 2;
        }
        String problem = options.problem();
        if (problem != null) {
            err.println(PROGRAM + ": " + problem);
            return 2;
        }
        try {
            GeneratorResult result = generate(eal, options, err);
            String json = Json.result(options, result);
            out.println(json);
            if (options.json != null) {
                Files.writeString(options.json, json + "\n");
            }
            if (options.hgrm != null) {
                writeHgrm(Path.of(options.hgrm + ".corrected.hgrm"), result.corrected());
                writeHgrm(Path.of(options.hgrm + ".uncorrected.hgrm"), result.uncorrected());
            }
            return 0;
        } catch (DpdkException | IOException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return 1;
        }
    }

    private static GeneratorResult generate(List<String> eal, GeneratorOptions options, PrintStream err) {
        Eal.init(PROGRAM, eal);
        try {
            Set<Integer> ports = new LinkedHashSet<>(List.of(options.txPort, options.rxPort));
            List<Integer> available = EthDev.ports();
            for (int port : ports) {
                if (!available.contains(port)) {
                    throw new DpdkException("port " + port + " does not exist: EAL has ports " + available
                            + " (give one --vdev per port)", 19);
                }
            }
            try (PacketPool pool = PacketPool.create("generator", options.mbufs, 0, dpdk_h.RTE_MBUF_DEFAULT_BUF_SIZE(),
                    dpdk_h.SOCKET_ID_ANY())) {
                return generate(ports, pool, options, err);
            }
        } finally {
            Eal.cleanup();
        }
    }

    /** Sets up and starts the ports, runs the loop, and stops and closes the ports whatever happens. */
    private static GeneratorResult generate(Set<Integer> ports, PacketPool pool, GeneratorOptions options, PrintStream err) {
        Arena arena = Arena.ofShared();
        try {
            for (int port : ports) {
                setUp(port, pool, arena);
            }
            awaitLinks(ports, options.linkTimeout, err);
            GeneratorLoop loop = new GeneratorLoop(EthTxQueue.of(options.txPort, 0), EthRxQueue.of(options.rxPort, 0),
                    PacketAllocator.of(pool), new ProbeFrame(arena, options.frameSize),
                    new MbufArray(arena, options.burst), new MbufArray(arena, options.burst), options.rate,
                    options.rxPauseUs * 1000, options.rxPausePeriodMs * 1_000_000, HIGHEST_NS);
            long forwarding = loop.awaitForwarding(options.linkTimeout * 1_000_000_000L, 20_000_000);
            if (forwarding < 0) {
                throw new DpdkException("the switch under test has its links up but returned no frame within "
                        + options.linkTimeout + " s: is it forwarding port " + options.txPort + " to port " + options.rxPort + "?", 110);
            }
            err.println(PROGRAM + ": the switch forwards (first frame back after " + forwarding / 1_000_000 + " ms)");
            return loop.run((long) (options.warmup * 1e9), (long) (options.seconds * 1e9), options.drainMs * 1_000_000);
        } finally {
            for (int port : ports) {
                try {
                    EthDev.stop(port);
                    EthDev.close(port);
                } catch (DpdkException e) {
                    err.println(PROGRAM + ": " + e.getMessage());
                }
            }
        }
    }

    private static void setUp(int port, PacketPool pool, Arena arena) {
        MemorySegment conf = rte_eth_conf.allocate(arena); // zeroed: one queue each way, default MTU, no offloads
        DpdkException.check(dpdk_h.rte_eth_dev_configure((short) port, (short) 1, (short) 1, conf), "port " + port + ": configure");
        int[] desc = EthDev.adjustDescriptors(port, 1024, 1024);
        DpdkException.check(dpdk_h.rte_eth_rx_queue_setup((short) port, (short) 0, (short) desc[0], EthDev.socketId(port),
                MemorySegment.NULL, pool.pointer()), "port " + port + ": rx queue setup");
        DpdkException.check(dpdk_h.rte_eth_tx_queue_setup((short) port, (short) 0, (short) desc[1], EthDev.socketId(port),
                MemorySegment.NULL), "port " + port + ": tx queue setup");
        EthDev.start(port);
        EthDev.promiscuous(port);
    }

    private static void awaitLinks(Set<Integer> ports, int timeoutSeconds, PrintStream err) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        for (int port : ports) {
            while (!EthDev.link(port).up()) {
                if (System.nanoTime() > deadline) {
                    throw new DpdkException("port " + port + " (" + EthDev.name(port) + ") link still down after "
                            + timeoutSeconds + " s: is the switch under test connected?", 110);
                }
                sleep(10);
            }
        }
        err.println(PROGRAM + ": links up on ports " + ports);
    }

    private static void writeHgrm(Path file, Histogram histogram) throws IOException {
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), false, java.nio.charset.StandardCharsets.UTF_8)) {
            histogram.outputPercentileDistribution(ps, 5, 1.0); // ns, as the forwarder's own .hgrm files
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DpdkException("interrupted while waiting for links", 4);
        }
    }

    /** The result as one JSON object; latencies in ns. */
    static final class Json {
        private Json() {
        }

        static String result(GeneratorOptions o, GeneratorResult r) {
            return String.format(Locale.ROOT, "{\"rate_pps\": %.0f, \"frame_size\": %d, \"seconds\": %.3f, \"warmup_seconds\": %.3f, "
                            + "\"rx_pause_us\": %d, \"rx_pause_period_ms\": %d, "
                            + "\"offered\": %d, \"received\": %d, \"lost\": %d, \"loss_ratio\": %.6f, \"refused_at_ingress\": %d, "
                            + "\"offered_pps\": %.0f, \"received_pps\": %.0f, \"reordered\": %d, \"foreign\": %d, "
                            + "\"alloc_failures\": %d, \"all_offered\": %d, \"all_received\": %d, "
                            + "\"latency_ns\": %s, \"latency_uncorrected_ns\": %s, \"send_lateness_ns\": %s}",
                    o.rate, o.frameSize, r.measureNs() / 1e9, o.warmup, o.rxPauseUs, o.rxPauseUs > 0 ? o.rxPausePeriodMs : 0,
                    r.measuredOffered(), r.measuredReceived(), r.measuredLost(), r.lossRatio(), r.measuredRefused(),
                    r.offeredPps(), r.receivedPps(), r.reordered(), r.foreign(), r.allocFailures(), r.offered(), r.received(),
                    percentiles(r.corrected()), percentiles(r.uncorrected()), percentiles(r.lateness()));
        }

        static String percentiles(Histogram h) {
            if (h.getTotalCount() == 0) {
                return "{\"count\": 0}";
            }
            return String.format(Locale.ROOT, "{\"count\": %d, \"min\": %d, \"mean\": %.0f, \"p50\": %d, \"p90\": %d, \"p99\": %d, "
                            + "\"p99_9\": %d, \"p99_99\": %d, \"max\": %d}",
                    h.getTotalCount(), h.getMinValue(), h.getMean(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                    h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getValueAtPercentile(99.99), h.getMaxValue());
        }
    }
}
