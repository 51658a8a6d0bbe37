package dev.pmdfwd.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The generator's options: what follows {@code --}. */
@Command(name = "pmd-bench-generator",
        customSynopsis = "pmd-bench-generator [EAL options] -- [options]",
        description = {
                "Sends timestamped UDP probe frames on a fixed schedule out of one port, receives them on",
                "another, and records one-way latency in HdrHistograms: from each frame's intended send",
                "time (corrected for coordinated omission) and from its actual send time. Runs on the",
                "main lcore. Typical use: two net_vhost ports that a switch under test (pmd-forwarder or",
                "dpdk-testpmd) reaches as virtio_user ports, e.g.",
                "  pmd-bench-generator -l 0 --no-pci --vdev net_vhost0,iface=/tmp/g/0 --vdev net_vhost1,iface=/tmp/g/1 \\",
                "      -- --rate 1000000 --seconds 10 --json out.json",
                ""},
        mixinStandardHelpOptions = true,
        version = "pmd-bench-generator 0.1.0",
        sortOptions = false,
        usageHelpWidth = 100)
final class GeneratorOptions {
    @Option(names = "--rate", paramLabel = "PPS", defaultValue = "0",
            description = "Frames per second on the schedule; 0: as fast as the tx port takes them (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Measured window (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "3",
            description = "Sending at the same rate before the window, not recorded: JIT, caches, the switch's start (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--drain-ms", paramLabel = "MS", defaultValue = "200",
            description = "Receiving after the last frame is sent, for those in flight (default: ${DEFAULT-VALUE}).")
    long drainMs;

    @Option(names = "--frame-size", paramLabel = "BYTES", defaultValue = "64",
            description = "Frame length without FCS, like testpmd's --txpkts, 64..1514 (default: ${DEFAULT-VALUE}).")
    int frameSize;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "32",
            description = "Most frames per tx or rx burst, 1..512 (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--tx-port", paramLabel = "P", defaultValue = "0", description = "Port to send on (default: ${DEFAULT-VALUE}).")
    int txPort;

    @Option(names = "--rx-port", paramLabel = "P", defaultValue = "1", description = "Port to receive on (default: ${DEFAULT-VALUE}).")
    int rxPort;

    @Option(names = "--mbufs", paramLabel = "N", defaultValue = "16383", description = "Generator pool size (default: ${DEFAULT-VALUE}).")
    int mbufs;

    @Option(names = "--rx-pause-us", paramLabel = "US", defaultValue = "0",
            description = "A stalling receiver: stop polling rx for US microseconds every --rx-pause-period-ms (default: off).")
    long rxPauseUs;

    @Option(names = "--rx-pause-period-ms", paramLabel = "MS", defaultValue = "10",
            description = "Period of the rx pauses (default: ${DEFAULT-VALUE}).")
    long rxPausePeriodMs;

    @Option(names = "--link-timeout", paramLabel = "S", defaultValue = "30",
            description = "How long to wait for both ports' links to come up, then for the switch to return a first frame (default: ${DEFAULT-VALUE}).")
    int linkTimeout;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the counts and percentiles as JSON.")
    Path json;

    @Option(names = "--hgrm", paramLabel = "PREFIX",
            description = "Write PREFIX.corrected.hgrm and PREFIX.uncorrected.hgrm (HdrHistogram percentile files, nanoseconds).")
    String hgrm;

    /** A user mistake, in one line, or null. */
    String problem() {
        if (rate < 0) {
            return "--rate must be >= 0, not " + rate;
        }
        if (seconds <= 0 || warmup < 0 || drainMs < 0) {
            return "--seconds must be > 0, --warmup and --drain-ms >= 0";
        }
        if (frameSize < ProbeFrame.MIN_LENGTH || frameSize > ProbeFrame.MAX_LENGTH) {
            return "--frame-size must be " + ProbeFrame.MIN_LENGTH + ".." + ProbeFrame.MAX_LENGTH + ", not " + frameSize;
        }
        if (burst < 1 || burst > 512) {
            return "--burst must be 1..512, not " + burst;
        }
        if (rxPauseUs < 0 || rxPausePeriodMs <= 0 || rxPauseUs >= rxPausePeriodMs * 1000) {
            return "--rx-pause-us must be >= 0 and shorter than --rx-pause-period-ms";
        }
        if (mbufs < 2 * burst + 64) {
            return "--mbufs must be at least " + (2 * burst + 64);
        }
        return null;
    }
}
