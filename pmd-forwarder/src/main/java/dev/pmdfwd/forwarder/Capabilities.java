package dev.pmdfwd.forwarder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Linux capabilities some vdevs need, so that a probe failure caused by missing privilege can say
 * so instead of leaving the user with the driver's own log line: net_tap opens /dev/net/tun and
 * configures the interface (CAP_NET_ADMIN), net_af_packet opens a packet socket (CAP_NET_RAW).
 * Read from the effective set in /proc/self/status (capability numbers from linux/capability.h).
 */
final class Capabilities {
    static final int CAP_NET_ADMIN = 12;
    static final int CAP_NET_RAW = 13;

    private Capabilities() {
    }

    /** The capability {@code driver} needs and the process lacks, if any (none when it cannot tell). */
    static Optional<String> missingFor(String driver) {
        return missingFor(driver, effective(Path.of("/proc/self/status")));
    }

    static Optional<String> missingFor(String driver, long effective) {
        if (effective < 0) {
            return Optional.empty();
        }
        return switch (driver) {
            case "net_tap", "net_tun" -> lacks(effective, CAP_NET_ADMIN, "CAP_NET_ADMIN");
            case "net_af_packet", "eth_af_packet" -> lacks(effective, CAP_NET_RAW, "CAP_NET_RAW");
            default -> Optional.empty();
        };
    }

    private static Optional<String> lacks(long effective, int bit, String name) {
        return (effective >> bit & 1) == 0 ? Optional.of(name) : Optional.empty();
    }

    /** The CapEff mask of a /proc/PID/status file, or -1 when it cannot be read. */
    static long effective(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("CapEff:")) {
                    return Long.parseUnsignedLong(line.substring("CapEff:".length()).strip(), 16);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // unknown: say nothing rather than guess
        }
        return -1;
    }
}
