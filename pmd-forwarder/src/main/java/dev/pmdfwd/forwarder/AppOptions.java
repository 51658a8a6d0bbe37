package dev.pmdfwd.forwarder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The application options: what follows {@code --} on the command line. */
@Command(name = "pmd-forwarder",
        customSynopsis = {
                "pmd-forwarder [EAL options] -- [app options]",
                "pmd-forwarder stat [--prefix EAL_FILE_PREFIX]   (live counters of a running forwarder)",
                "pmd-forwarder report DIR [DIR...]              (report.html from --report-dir output)",
                "pmd-forwarder report --latency --out FILE GROUP:LABEL=FILE.hgrm...  (latency histograms side by side)",
                "pmd-forwarder demo | --help | --version"},
        description = {
                "Bridges DPDK ports in pairs, both ways, on pinned worker lcores: rx burst -> tx burst, with",
                "tx shortfalls retried under a policy and every packet transmitted or counted as dropped.",
                "",
                "EAL options (before --) go to rte_eal_init after validation and sizing, e.g.:",
                "  -l 0-1               lcores: the first is the main (control) lcore, the others forward",
                "  --vdev net_pcap0,rx_pcap=in.pcap,tx_pcap=out.pcap   a port (also net_tap, net_null,",
                "                       net_ring, virtio_user, net_af_packet, net_vhost, net_memif)",
                "  -a 0000:00:04.0      a PCI port (with only --vdev given, --no-pci is implied)",
                "  -m 512 | --no-huge   memory; by default hugepages, falling back to --no-huge with a warning",
                "Defaults added unless given: a unique --file-prefix and --in-memory, so that no run leaves",
                "hugepage files behind. Both parts accept @argfiles.",
                "",
                "App options:"},
        footer = {
                "",
                "Examples:",
                "  pmd-forwarder -l 0-1 --vdev net_tap0,iface=sw0 --vdev net_tap1,iface=sw1",
                "  pmd-forwarder -l 0-1 --vdev net_pcap0,rx_pcap=a.pcap,tx_pcap=b.pcap \\",
                "      --vdev net_pcap1,rx_pcap=c.pcap,tx_pcap=d.pcap -- --duration 5 --report-dir out",
                "  pmd-forwarder -l 0-2 -a 0000:00:04.0 -a 0000:00:05.0 -- --rxq 2 --tx-policy backpressure",
                "",
                "Exit status: 0 done; 1 failed while running; 2 bad command line or launch; 3 packets",
                "unaccounted for (a conservation violation: a bug)."},
        mixinStandardHelpOptions = true,
        versionProvider = AppOptions.Version.class,
        sortOptions = false,
        usageHelpWidth = 100)
public final class AppOptions {
    @Option(names = "--pairs", paramLabel = "A:B[,C:D...]",
            description = "Ports bridged both ways (default: in order, 0:1,2:3,...).")
    String pairs;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "32",
            description = "Packets per rx/tx burst, 1..512 (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--rxq", paramLabel = "N", defaultValue = "1",
            description = "Rx queues per port, spread by RSS (default: ${DEFAULT-VALUE}).")
    int rxq;

    @Option(names = "--txq", paramLabel = "N", defaultValue = "0",
            description = "Tx queues per port; each forwarding lcore needs its own (default: one per forwarding lcore).")
    int txq;

    @Option(names = "--rx-desc", paramLabel = "N", defaultValue = "1024",
            description = "Rx ring descriptors per queue (default: ${DEFAULT-VALUE}, rounded by the driver).")
    int rxDesc;

    @Option(names = "--tx-desc", paramLabel = "N", defaultValue = "1024",
            description = "Tx ring descriptors per queue (default: ${DEFAULT-VALUE}, rounded by the driver).")
    int txDesc;

    @Option(names = "--mbufs", paramLabel = "N",
            description = "Mbuf pool size (default: sized from ports, queues, descriptors and lcores, as testpmd does).")
    Integer mbufs;

    @Option(names = "--mbuf-size", paramLabel = "BYTES", defaultValue = "2176",
            description = "Data room per mbuf including 128 B headroom (default: ${DEFAULT-VALUE}, RTE_MBUF_DEFAULT_BUF_SIZE).")
    int mbufSize;

    @Option(names = "--tx-policy", paramLabel = "retry|drop|backpressure", defaultValue = "retry",
            description = "What to do when a tx burst takes fewer packets than offered (default: ${DEFAULT-VALUE}).")
    String txPolicy;

    @Option(names = "--tx-retry", paramLabel = "N", defaultValue = "" + TxRetryPolicy.DEFAULT_RETRIES,
            description = "Retries of a shortfall under the retry policy (default: ${DEFAULT-VALUE}).")
    int txRetry;

    @Option(names = "--tx-retry-delay-us", paramLabel = "US", defaultValue = "" + TxRetryPolicy.DEFAULT_DELAY_US,
            description = "Busy-wait between retries, in microseconds (default: ${DEFAULT-VALUE}).")
    int txRetryDelayUs;

    @Option(names = "--tx-hold-us", paramLabel = "US", defaultValue = "0",
            description = "Hold received packets until a burst fills or US microseconds pass, then send them in one "
                    + "tx burst: fewer, fuller bursts (fewer system calls and receiver wake-ups on af_packet and tap "
                    + "ports) for up to US of added latency, as DPDK's l2fwd drains every 100 (default: 0, off).")
    int txHoldUs;

    @Option(names = "--max-pkt-len", paramLabel = "BYTES", defaultValue = "1518",
            description = "Largest frame accepted, header and CRC included; above one mbuf, rx scatters into chains "
                    + "(default: ${DEFAULT-VALUE}; 9018 for 9000-byte jumbo MTU).")
    int maxPktLen;

    @Option(names = "--idle", paramLabel = "busy|backoff", defaultValue = "busy",
            description = "Worker on an empty poll: spin, or back off to yield and park (default: ${DEFAULT-VALUE}).")
    String idle;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop after this long, as on SIGINT (default: run until SIGINT/SIGTERM).")
    long durationSeconds;

    @Option(names = "--stats-period", paramLabel = "SECONDS", defaultValue = "0",
            description = "Print rates and drops every SECONDS (default: off).")
    long statsPeriodSeconds;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Write summary.json and one .hgrm percentile file per histogram here.")
    Path reportDir;

    @Option(names = "--counters-dir", paramLabel = "DIR",
            description = "Where the live counters file goes, for 'pmd-forwarder stat' (default: /dev/shm/pmd-forwarder-$USER).")
    Path countersDir;

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics at http://ADDRESS:PORT/metrics (default: off).")
    Integer metricsPort;

    @Option(names = "--metrics-address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the metrics endpoint binds to (default: ${DEFAULT-VALUE}, this machine only).")
    String metricsAddress;

    @Option(names = "--print-eal-args",
            description = "Print the final EAL arguments and the sizing, then exit.")
    boolean printEalArgs;

    @Option(names = "--no-huge-fallback",
            description = "Fail instead of running with --no-huge when hugepages are missing.")
    boolean noHugeFallback;

    @Option(names = {"-v", "--verbose"}, description = "Say more: EAL notes, and stack traces of internal errors.")
    boolean verbose;

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AppOptions.class.getPackage().getImplementationVersion();
            return new String[]{"pmd-forwarder " + (v == null ? "(development build)" : v) + ", for DPDK 22.11"};
        }
    }
}
