package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.Eal;
import dev.pmdfwd.dpdk.EthDev;
import dev.pmdfwd.dpdk.EthDevSampler;
import dev.pmdfwd.dpdk.EthStats;
import dev.pmdfwd.dpdk.LcoreLauncher;
import dev.pmdfwd.dpdk.PacketPool;
import dev.pmdfwd.dpdk.fastpath.EthRxQueue;
import dev.pmdfwd.dpdk.fastpath.EthTxQueue;
import dev.pmdfwd.dpdk.gen.dpdk_h;
import dev.pmdfwd.eal.PortPairs;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.agrona.concurrent.status.CountersReader;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the bridge: creates the pool, starts every port, spreads the streams over the forwarding lcores
 * (each with its own tx queue on every port), launches the burst loops, does control work on the main
 * lcore until stopped, then shuts down in order: loops end and flush what they hold, port counters are
 * read, ports are stopped and closed (a net_pcap tx file is complete only then), the pool is freed.
 * EAL must be initialised by the caller, who also cleans it up.
 */
public final class Forwarder {
    private static final long HARVEST_NANOS = 1_000_000_000L;

    private final ForwarderConfig config;
    private final StopSignal stop;
    private final Arena arena = Arena.ofShared();
    private final List<PortSetup.Port> ports = new ArrayList<>();
    private final List<Stream> streams = new ArrayList<>();
    /** What listeners see: a view made once, since the control thread must not allocate each tick. */
    private final List<Stream> streamsView = Collections.unmodifiableList(streams);
    private final Map<Integer, BurstLoop> loops = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final CountersManager counters;
    private final CountersFile countersFile;
    private final List<PortCounters> portCounters = new ArrayList<>();
    private final PrintStream log;
    private final EthDevSampler sampler = new EthDevSampler(arena);
    private LinkWatch links;
    private PacketPool pool;
    private long startedNanos;

    private Forwarder(ForwarderConfig config, StopSignal stop, PrintStream log) {
        this.config = config;
        this.stop = stop;
        this.log = log;
        int streams = config.pairs().pairs().size() * 2 * config.ports().rxQueues();
        int counterCount = Math.max(streams, 1) * StreamCounters.PER_STREAM
                + config.pairs().ports().length * (PortCounters.PER_PORT + 1); // + link changes
        if (config.countersFile().isPresent()) {
            try {
                this.countersFile = CountersFile.create(config.countersFile().get(), counterCount);
            } catch (IOException e) {
                throw new DpdkException("cannot create the counters file " + config.countersFile().get() + ": " + e.getMessage(), e);
            }
            this.counters = countersFile.manager();
        } else {
            this.countersFile = null;
            this.counters = new CountersManager(
                    new UnsafeBuffer(ByteBuffer.allocateDirect(counterCount * CountersReader.METADATA_LENGTH)),
                    new UnsafeBuffer(ByteBuffer.allocateDirect(counterCount * CountersReader.COUNTER_LENGTH)));
        }
    }

    /** Sets up, forwards until {@code stop} fires, shuts down, and returns what happened. */
    public static RunResult run(ForwarderConfig config, StopSignal stop, ControlListener listener) {
        return run(config, stop, listener, System.err);
    }

    /** As {@link #run(ForwarderConfig, StopSignal, ControlListener)}, with link changes logged to {@code log}. */
    public static RunResult run(ForwarderConfig config, StopSignal stop, ControlListener listener, PrintStream log) {
        Forwarder forwarder = new Forwarder(config, stop, log);
        try {
            forwarder.setUp();
            forwarder.forward(listener);
            forwarder.harvest(listener); // the last interval, now that the loops are done
            listener.loopsStopped(forwarder);
        } catch (RuntimeException | Error e) {
            stop.stop("failure: " + e.getMessage());
            forwarder.shutDownQuietly();
            throw e;
        }
        return forwarder.shutDown();
    }

    private void setUp() {
        ControlWarmup.ensureWarm(config.burst(), config.txPolicy().retries()); // Main has done it before EAL init

        List<Integer> available = EthDev.ports();
        PortPairs pairs = config.pairs();
        try {
            pairs.requirePorts(available.size());
        } catch (dev.pmdfwd.eal.LaunchException e) {
            throw new DpdkException(e.getMessage(), 19);
        }
        List<Integer> lcores = forwardingLcores();
        pool = PacketPool.create("pmdfwd_pool", config.mbufs(), config.mbufCache(), config.ports().mbufDataRoom(),
                dpdk_h.rte_socket_id());
        // every forwarding lcore needs a tx queue of its own on each port; --txq may ask for more
        int txQueues = Math.max(config.ports().txQueues(), lcores.size());
        PortSettings settings = new PortSettings(config.ports().rxQueues(), txQueues, config.ports().rxDesc(),
                config.ports().txDesc(), config.ports().maxPktLen(), config.ports().mbufDataRoom());
        for (int port : pairs.ports()) {
            PortSetup.Port started = PortSetup.start(port, settings, pool);
            ports.add(started);
            portCounters.add(new PortCounters(counters, port, started.name()));
            warnings.addAll(started.warnings());
        }
        links = new LinkWatch(counters, ports, sampler, log);
        List<List<Stream>> perLcore = new ArrayList<>();
        lcores.forEach(l -> perLcore.add(new ArrayList<>()));
        int index = 0;
        for (PortPairs.Pair pair : pairs.pairs()) {
            for (int[] direction : new int[][]{{pair.a(), pair.b()}, {pair.b(), pair.a()}}) {
                for (int q = 0; q < settings.rxQueues(); q++) {
                    int worker = index % lcores.size();
                    StreamId id = new StreamId(index, direction[0], q, direction[1], worker);
                    Stream stream = new Stream(id, EthRxQueue.of(id.rxPort(), id.rxQueue()),
                            EthTxQueue.of(id.txPort(), id.txQueue()), arena, config.burst(), config.txPolicy(),
                            config.txHold().toNanos(),
                            new StreamCounters(counters, id),
                            new StreamHistograms(config.burst(), config.txPolicy().retries()));
                    streams.add(stream);
                    perLcore.get(worker).add(stream);
                    index++;
                }
            }
        }
        for (int i = 0; i < lcores.size(); i++) {
            loops.put(lcores.get(i), new BurstLoop(perLcore.get(i).toArray(Stream[]::new), stop, config.idle().strategy()));
        }
    }

    /** The worker lcores, or the main lcore alone when EAL was given a single core. */
    private List<Integer> forwardingLcores() {
        List<Integer> workers = Eal.workerLcores();
        if (!workers.isEmpty()) {
            return workers;
        }
        warnings.add("one lcore given (-l): the main lcore forwards and a plain thread does control work; "
                + "give two or more lcores (e.g. -l 0-1) for a dedicated forwarding core");
        return List.of(Eal.mainLcore());
    }

    private void forward(ControlListener listener) {
        startedNanos = System.nanoTime();
        int main = Eal.mainLcore();
        BurstLoop onMain = loops.get(main);
        for (Map.Entry<Integer, BurstLoop> loop : loops.entrySet()) {
            if (loop.getKey() != main) {
                LcoreLauncher.launch(loop.getKey(), loop.getValue());
            }
        }
        if (onMain == null) {
            control(listener);
        } else {
            Thread control = Thread.ofPlatform().name("pmdfwd-control").start(() -> control(listener));
            try {
                onMain.run(main);
            } finally {
                stop.stop("main lcore loop ended");
                joinUninterruptibly(control);
            }
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (int lcore : loops.keySet()) {
            if (lcore != main) {
                try {
                    LcoreLauncher.await(lcore);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    /**
     * The main lcore's job while workers forward: stop conditions, histogram harvest, the listener.
     * It parks until the next harvest, the end of --duration or the listener's next tick, whichever
     * comes first; a stop unparks it. It allocates nothing once warm (ControlLoopAllocationTest): a young
     * GC would stop the workers too.
     */
    private void control(ControlListener listener) {
        long nextHarvest = startedNanos + HARVEST_NANOS;
        long durationNanos = config.duration().toNanos();
        stop.wakeOnStop(Thread.currentThread());
        long tick = ControlListener.DEFAULT_TICK_NANOS;
        while (!stop.isStopping()) {
            long before = System.nanoTime();
            long wait = Math.min(nextHarvest - before, tick);
            if (durationNanos > 0) {
                wait = Math.min(wait, startedNanos + durationNanos - before);
            }
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long now = System.nanoTime();
            if (durationNanos > 0 && now - startedNanos >= durationNanos) {
                stop.stop("duration " + config.duration().toSeconds() + " s elapsed");
            }
            if (countersFile != null) {
                countersFile.heartbeat();
            }
            if (now >= nextHarvest) {
                harvest(listener);
                nextHarvest = now + HARVEST_NANOS;
            }
            try {
                listener.tick(this, now - startedNanos);
                tick = listener.tickNanos();
            } catch (RuntimeException e) {
                stop.stop("control listener failed: " + e);
            }
        }
    }

    private void harvest(ControlListener listener) {
        for (int i = 0; i < streams.size(); i++) {
            streams.get(i).histograms().harvest();
        }
        updatePortCounters();
        links.poll();
        try {
            listener.harvested(this, System.nanoTime() - startedNanos);
        } catch (RuntimeException e) {
            stop.stop("control listener failed: " + e);
        }
    }

    private RunResult shutDown() {
        long elapsed = System.nanoTime() - startedNanos;
        Map<Integer, EthStats> portStats = new LinkedHashMap<>();
        for (PortSetup.Port port : ports) {
            portStats.put(port.id(), EthDev.stats(port.id()));
        }
        updatePortCounters();
        List<String> problems = new ArrayList<>();
        for (PortSetup.Port port : ports) {
            stopAndClose(port.id(), problems);
        }
        int inUse = pool.inUse();
        pool.close();
        arena.close();
        warnings.addAll(problems);
        java.util.Map<Integer, Long> linkChanges = new LinkedHashMap<>();
        for (int i = 0; i < links.size(); i++) {
            linkChanges.put(links.port(i), links.changes(i));
        }
        List<FinishedStream> finished = streams.stream()
                .map(s -> new FinishedStream(s.id(), s.counters().snapshot(), s.histograms())).toList();
        closeCountersFile(); // after the snapshot: the counters live in that file
        return new RunResult(elapsed, stop.reason(), List.copyOf(ports), finished, portStats, linkChanges,
                pool.size(), inUse, List.copyOf(warnings), config);
    }

    private void shutDownQuietly() {
        List<String> ignored = new ArrayList<>();
        for (PortSetup.Port port : ports) {
            stopAndClose(port.id(), ignored);
        }
        closeCountersFile();
    }

    private void updatePortCounters() {
        for (int i = 0; i < portCounters.size(); i++) {
            PortCounters port = portCounters.get(i);
            if (sampler.readStats(port.port()) == 0) {
                port.update(sampler);
            } // else a port that cannot report keeps its last values; the final report says more
        }
    }

    private void closeCountersFile() {
        if (countersFile != null) {
            countersFile.close();
        }
    }

    private static void stopAndClose(int port, List<String> problems) {
        try {
            EthDev.stop(port);
        } catch (DpdkException e) {
            problems.add(e.getMessage());
        }
        try {
            EthDev.close(port);
        } catch (DpdkException e) {
            problems.add(e.getMessage());
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The streams, unmodifiable; the same list on every call. */
    public List<Stream> streams() {
        return streamsView;
    }

    /** The burst loops by lcore id, in lcore order. */
    public Map<Integer, BurstLoop> loops() {
        return Collections.unmodifiableMap(loops);
    }

    public List<PortSetup.Port> ports() {
        return List.copyOf(ports);
    }

    public PacketPool pool() {
        return pool;
    }

    public StopSignal stopSignal() {
        return stop;
    }


    /** The ports' own counters as last copied (each second). */
    List<PortCounters> portCounters() {
        return List.copyOf(portCounters);
    }
}
