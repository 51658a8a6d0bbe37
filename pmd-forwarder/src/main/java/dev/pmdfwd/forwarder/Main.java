package dev.pmdfwd.forwarder;

import dev.pmdfwd.dpdk.DpdkException;
import dev.pmdfwd.dpdk.Eal;
import dev.pmdfwd.dpdk.EthDev;
import dev.pmdfwd.dpdk.ThreadAffinity;
import dev.pmdfwd.eal.AppDemand;
import dev.pmdfwd.eal.LaunchException;
import dev.pmdfwd.eal.LaunchPlan;
import dev.pmdfwd.eal.LaunchPlanner;
import dev.pmdfwd.eal.PoolSize;
import dev.pmdfwd.eal.PortPairs;
import dev.pmdfwd.eal.SystemView;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code pmd-forwarder [EAL args] -- [app options]}: validate and size the launch (eal-config), bring
 * up EAL, forward until SIGINT/SIGTERM or --duration, report, clean up. A user mistake is one line on
 * stderr and exit status 2; nothing after EAL init skips rte_eal_cleanup.
 */
public final class Main {
    private static final String PROGRAM = "pmd-forwarder";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("stat")) {
            return StatTool.run(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("report")) {
            return dev.pmdfwd.report.ReportTool.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        CommandLineParts parts = CommandLineParts.split(args);
        CommandLine cli = new CommandLine(new AppOptions());
        if (parts.asksForHelpOrVersion()) {
            boolean version = parts.app().contains("--version") || parts.eal().contains("--version")
                    || parts.app().contains("-V") || parts.eal().contains("-V");
            if (version) {
                cli.printVersionHelp(out);
            } else {
                cli.usage(out);
            }
            return ExitCode.OK;
        }
        AppOptions options;
        boolean verbose = parts.app().contains("-v") || parts.app().contains("--verbose");
        try {
            options = parseOptions(cli, parts.app());
            return launch(parts.eal(), options, out, err);
        } catch (UserError e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (DpdkException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILED;
        } catch (RuntimeException | Error e) {
            err.println(PROGRAM + ": internal error: " + e + (verbose ? "" : " (run with -v for the stack trace)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILED;
        }
    }

    private static AppOptions parseOptions(CommandLine cli, List<String> app) throws UserError {
        try {
            cli.parseArgs(app.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new UserError(oneLine(e.getMessage()) + " (see --help)");
        }
        AppOptions o = cli.getCommand();
        range("--burst", o.burst, 1, ForwarderConfig.MAX_BURST);
        range("--rxq", o.rxq, 1, 1024);
        range("--txq", o.txq, 0, 1024);
        range("--rx-desc", o.rxDesc, 1, 65535);
        range("--tx-desc", o.txDesc, 1, 65535);
        range("--mbuf-size", o.mbufSize, 256, 65535);
        range("--tx-retry", o.txRetry, 0, 1_000_000);
        range("--tx-retry-delay-us", o.txRetryDelayUs, 0, 1_000_000);
        range("--tx-hold-us", o.txHoldUs, 0, 1_000_000);
        range("--max-pkt-len", o.maxPktLen, 64, 65535);
        range("--duration", o.durationSeconds, 0, Integer.MAX_VALUE);
        range("--stats-period", o.statsPeriodSeconds, 0, Integer.MAX_VALUE);
        if (o.mbufs != null) {
            range("--mbufs", o.mbufs, 1, Integer.MAX_VALUE);
        }
        if (o.metricsPort != null) {
            range("--metrics-port", o.metricsPort, 0, 65535);
        }
        policy(o.txPolicy);
        idle(o.idle);
        return o;
    }

    private static int launch(List<String> ealArgs, AppOptions o, PrintStream out, PrintStream err) throws UserError {
        AppDemand demand = new AppDemand(Optional.ofNullable(o.pairs), o.rxq, o.txq, o.rxDesc, o.txDesc, o.burst,
                o.mbufSize, o.mbufs == null ? OptionalInt.empty() : OptionalInt.of(o.mbufs), !o.noHugeFallback);
        LaunchPlan plan;
        try {
            plan = LaunchPlanner.plan(ealArgs, demand, SystemView.live());
        } catch (LaunchException e) {
            throw new UserError(e.getMessage());
        }
        plan.warnings().forEach(w -> err.println(PROGRAM + ": warning: " + w));
        oversizeCaptureWarnings(plan, o.maxPktLen).forEach(w -> err.println(PROGRAM + ": warning: " + w));
        if (o.verbose) {
            plan.notes().forEach(n -> err.println(PROGRAM + ": note: " + n));
        }
        if (o.printEalArgs) {
            out.println(plan.describe());
            return ExitCode.OK;
        }
        if (o.txq != 0 && o.txq < Math.max(plan.forwardingLcores(), 1)) {
            throw new UserError("--txq " + o.txq + " is fewer than the " + plan.forwardingLcores()
                    + " forwarding lcores: each needs its own tx queue; drop --txq or give fewer lcores with -l");
        }
        StopSignal stop = new StopSignal();
        SignalStop.install(stop, err);
        // before EAL probes the ports: a vhost-user peer sees the link up at the probe
        ControlWarmup.ensureWarm(o.burst, policy(o).retries());
        Eal.init(PROGRAM, plan.ealArgv());
        try {
            if (o.verbose) {
                err.print(Eal.initLog());
            }
            keepJvmThreadsOffWorkerCores(err, o.verbose);
            requireAllAttached(plan);
            int ports = EthDev.ports().size();
            PortPairs pairs;
            PoolSize pool;
            try {
                pairs = plan.resolvePairs(ports);
                pool = plan.poolFor(ports);
            } catch (LaunchException e) {
                throw new UserError(e.getMessage());
            }
            ForwarderConfig config = new ForwarderConfig(pairs,
                    new PortSettings(o.rxq, o.txq, o.rxDesc, o.txDesc, o.maxPktLen, o.mbufSize),
                    o.burst, pool.mbufs(), pool.cacheSize(), policy(o), Duration.ofNanos(o.txHoldUs * 1_000L),
                    Duration.ofSeconds(o.durationSeconds), Duration.ofSeconds(o.statsPeriodSeconds),
                    idle(o.idle), Optional.of(countersFile(o, plan)));
            ControlListener listener = new StartupLine(err).then(new StatsPrinter(config.statsPeriod(), err));
            if (o.reportDir != null) {
                try {
                    Files.createDirectories(o.reportDir);
                    listener = listener.then(new IntervalLog(o.reportDir));
                } catch (IOException e) {
                    throw new UserError("--report-dir " + o.reportDir + " cannot be written: " + e.getMessage());
                }
            }
            if (o.metricsPort != null) {
                try {
                    MetricsServer metrics = new MetricsServer(o.metricsAddress, o.metricsPort);
                    err.println(PROGRAM + ": metrics at http://" + o.metricsAddress + ":" + metrics.port() + "/metrics");
                    listener = listener.then(metrics);
                } catch (IOException | RuntimeException e) {
                    throw new UserError("--metrics-port " + o.metricsPort + " on " + o.metricsAddress + ": " + e.getMessage());
                }
            }
            RunResult result = Forwarder.run(config, stop, listener, err);
            Report report = new Report(result, plan.ealArgv());
            report.print(out);
            if (o.reportDir != null) {
                try {
                    report.writeTo(o.reportDir);
                    err.println(PROGRAM + ": report written to " + o.reportDir);
                } catch (IOException e) {
                    err.println(PROGRAM + ": cannot write the report to " + o.reportDir + ": " + e.getMessage());
                    return ExitCode.FAILED;
                }
            }
            return result.conservationViolations().isEmpty() ? ExitCode.OK : ExitCode.CONSERVATION;
        } finally {
            if (cleanupCrashes(plan)) {
                err.println(PROGRAM + ": note: rte_eal_cleanup skipped: after a vhost-user reconnect, DPDK 22.11's"
                        + " virtio_user server mode crashes in it; the ports are closed and --in-memory leaves nothing behind");
            } else {
                Eal.cleanup();
            }
            plan.runtimeDirToRemove().ifPresent(Main::removeEmptyRuntimeDir);
        }
    }

    /** JIT compiler and GC threads on a worker's core would preempt its busy loop: see ThreadAffinity. */
    private static void keepJvmThreadsOffWorkerCores(PrintStream err, boolean verbose) {
        try {
            int moved = ThreadAffinity.confineNonWorkersToCallerCpus();
            if (verbose) {
                err.println(PROGRAM + ": " + moved + " JVM threads confined to the main lcore's CPUs");
            }
        } catch (DpdkException e) {
            err.println(PROGRAM + ": warning: JVM threads may share the worker cores: " + e.getMessage());
        }
    }

    /**
     * net_pcap delivers a frame of any length (longer ones as mbuf chains) whatever --max-pkt-len says,
     * so frames the other ports may not take are named before they are sent.
     */
    static List<String> oversizeCaptureWarnings(LaunchPlan plan, int maxPktLen) {
        List<String> warnings = new java.util.ArrayList<>();
        for (dev.pmdfwd.eal.Vdev v : plan.args().vdevs()) {
            String file = v.args().get("rx_pcap");
            if (file == null) {
                continue;
            }
            dev.pmdfwd.eal.PcapSummary.read(java.nio.file.Path.of(file)).ifPresent(pcap -> {
                long over = pcap.framesLongerThan(maxPktLen);
                if (over > 0) {
                    warnings.add("--vdev " + v.name() + ": " + over + " of the " + pcap.frames() + " frames in " + file
                            + " are longer than --max-pkt-len " + maxPktLen + " (up to " + pcap.longestFrame() + " B):"
                            + " net_pcap delivers them anyway and they are forwarded, but a port with a smaller MTU drops"
                            + " them; give --max-pkt-len " + pcap.longestFrame() + " to accept them on every port");
                }
            });
        }
        return warnings;
    }

    /**
     * DPDK 22.11.11: once a virtio_user port with server=1 has reconnected to a restarted vhost-user
     * peer, rte_eal_cleanup (the vdev bus removing the device) panics in EAL's interrupt thread or
     * faults in librte_net_virtio. Skipping it is safe only when --in-memory leaves no hugepage files.
     * Measured in VirtioPeerRestartTest; client mode (the default) is not affected.
     */
    private static boolean cleanupCrashes(LaunchPlan plan) {
        boolean serverMode = plan.args().vdevs().stream()
                .anyMatch(v -> v.driver().equals("net_virtio_user") && "1".equals(v.args().get("server")));
        return serverMode && plan.ealArgv().contains("--in-memory");
    }

    /**
     * A vdev whose driver fails its probe is only logged by EAL, and the run would go on without the
     * port: name it instead of letting the port count surprise the user.
     */
    private static void requireAllAttached(LaunchPlan plan) throws UserError {
        java.util.Set<String> attached = new java.util.HashSet<>();
        EthDev.ports().forEach(p -> attached.add(EthDev.name(p)));
        List<String> missing = plan.args().vdevs().stream().map(dev.pmdfwd.eal.Vdev::name)
                .filter(name -> !attached.contains(name)).toList();
        if (!missing.isEmpty()) {
            String driver = plan.args().vdevs().stream().filter(v -> v.name().equals(missing.getFirst()))
                    .map(dev.pmdfwd.eal.Vdev::driver).findFirst().orElse("");
            String privilege = Capabilities.missingFor(driver)
                    .map(cap -> "; " + driver + " needs " + cap + ": run as root or grant it (see README, Running without root)")
                    .orElse("");
            throw new UserError("--vdev " + String.join(", ", missing) + " did not attach: "
                    + probeFailure(Eal.initLog(), missing.getFirst()) + privilege + " (run with -v for EAL's whole log)");
        }
    }

    /** The driver's own words on why {@code vdev} failed, from EAL's init log. */
    static String probeFailure(String log, String vdev) {
        List<String> lines = log.lines().map(String::strip).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("failed to initialize " + vdev)) {
                String before = i > 0 ? lines.get(i - 1) : "";
                boolean specific = !before.isEmpty() && !before.startsWith("EAL: ") && !before.startsWith("TELEMETRY");
                return specific ? before + "; " + lines.get(i) : lines.get(i);
            }
        }
        return "the driver refused it";
    }

    /** {@code DIR/<EAL file prefix>.counters}: one file per running instance, found by its prefix. */
    private static Path countersFile(AppOptions o, LaunchPlan plan) {
        List<String> argv = plan.ealArgv();
        int i = argv.indexOf("--file-prefix");
        String prefix = i >= 0 && i + 1 < argv.size() ? argv.get(i + 1) : "pmdfwd-" + ProcessHandle.current().pid();
        return (o.countersDir == null ? StatTool.defaultDir() : o.countersDir).resolve(prefix + ".counters");
    }

    /** EAL 22.11 leaves an empty /var/run/dpdk/PREFIX behind even with --in-memory. */
    private static void removeEmptyRuntimeDir(Path dir) {
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // a leftover empty folder is harmless; nothing to report
        }
    }

    private static TxRetryPolicy policy(AppOptions o) throws UserError {
        return new TxRetryPolicy(policy(o.txPolicy), o.txRetry, o.txRetryDelayUs * 1_000L);
    }

    private static TxPolicy policy(String value) throws UserError {
        try {
            return TxPolicy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--tx-policy '" + value + "' is not one of retry, drop, backpressure");
        }
    }

    private static IdleMode idle(String value) throws UserError {
        try {
            return IdleMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--idle '" + value + "' is not one of busy, backoff");
        }
    }

    private static void range(String option, long value, long min, long max) throws UserError {
        if (value < min || value > max) {
            throw new UserError(option + " " + value + " is out of range: use " + min + ".." + max);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "bad command line" : message.replace('\n', ' ').strip();
    }
}
