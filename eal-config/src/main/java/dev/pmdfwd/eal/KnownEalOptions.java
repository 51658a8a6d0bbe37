package dev.pmdfwd.eal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The EAL options DPDK 22.11 knows (eal_short_options / eal_long_options of lib/eal/common/eal_common_options.c),
 * the one place this module lists them. Checked against `dpdk-testpmd --help` of the installed 22.11:
 * the pre-21.11 names (--master-lcore, --pci-whitelist, --pci-blacklist, -w) are gone and are refused.
 */
final class KnownEalOptions {

    /** How an option takes its value, as getopt_long sees it. */
    enum Arity {
        /** A flag: {@code --no-pci}. */
        NONE,
        /** A value in the next token or attached: {@code -l 0-1}, {@code -l0-1}, {@code --vdev=x}. */
        REQUIRED,
        /** A value only when attached with '=': {@code --huge-unlink=never}; a bare {@code --huge-unlink} has none. */
        OPTIONAL
    }

    /**
     * One EAL option.
     *
     * @param canonical  the name used in the model and when rendering ({@code -l}, {@code --vdev}, ...)
     * @param repeatable whether DPDK accepts it more than once with a meaning (e.g. {@code --vdev});
     *                   others given twice are refused, since EAL would silently keep the last one
     */
    record EalOption(String canonical, Arity arity, boolean repeatable) {}

    private static final Map<String, EalOption> BY_SPELLING = new LinkedHashMap<>();

    static {
        // short options: "a:b:c:s:d:hl:S:m:n:r:v"
        add("-a", Arity.REQUIRED, true, "--allow");
        add("-b", Arity.REQUIRED, true, "--block");
        add("-c", Arity.REQUIRED, false);
        add("-s", Arity.REQUIRED, false);
        add("-d", Arity.REQUIRED, true);
        add("-h", Arity.NONE, false, "--help");
        add("-l", Arity.REQUIRED, false);
        add("-S", Arity.REQUIRED, false);
        add("-m", Arity.REQUIRED, false);
        add("-n", Arity.REQUIRED, false);
        add("-r", Arity.REQUIRED, false);
        add("-v", Arity.NONE, false);
        // long options
        add("--base-virtaddr", Arity.REQUIRED, false);
        add("--create-uio-dev", Arity.NONE, false);
        add("--file-prefix", Arity.REQUIRED, false);
        add("--huge-dir", Arity.REQUIRED, false);
        add("--huge-unlink", Arity.OPTIONAL, false);
        add("--iova-mode", Arity.REQUIRED, false);
        add("--lcores", Arity.REQUIRED, false);
        add("--log-level", Arity.REQUIRED, true);
        add("--trace", Arity.REQUIRED, true);
        add("--trace-dir", Arity.REQUIRED, false);
        add("--trace-bufsz", Arity.REQUIRED, false);
        add("--trace-mode", Arity.REQUIRED, false);
        add("--main-lcore", Arity.REQUIRED, false);
        add("--mbuf-pool-ops-name", Arity.REQUIRED, false);
        add("--no-hpet", Arity.NONE, false);
        add("--no-huge", Arity.NONE, false);
        add("--no-pci", Arity.NONE, false);
        add("--no-shconf", Arity.NONE, false);
        add("--in-memory", Arity.NONE, false);
        add("--proc-type", Arity.REQUIRED, false);
        add("--socket-mem", Arity.REQUIRED, false);
        add("--socket-limit", Arity.REQUIRED, false);
        add("--syslog", Arity.OPTIONAL, false);
        add("--vdev", Arity.REQUIRED, true);
        add("--vfio-intr", Arity.REQUIRED, false);
        add("--vfio-vf-token", Arity.REQUIRED, false);
        add("--vmware-tsc-map", Arity.NONE, false);
        add("--legacy-mem", Arity.NONE, false);
        add("--single-file-segments", Arity.NONE, false);
        add("--match-allocations", Arity.NONE, false);
        add("--telemetry", Arity.NONE, false);
        add("--no-telemetry", Arity.NONE, false);
        add("--force-max-simd-bitwidth", Arity.REQUIRED, false);
        add("--huge-worker-stack", Arity.OPTIONAL, false);
    }

    /** Names older DPDK releases had and 22.11 refuses, with their replacement. */
    private static final Map<String, String> RENAMED = Map.of(
            "--master-lcore", "--main-lcore",
            "--pci-whitelist", "-a (--allow)",
            "--pci-blacklist", "-b (--block)",
            "-w", "-a (--allow)");

    /** RTE_MAX_LCORE of the Debian 22.11 build ("core indexes between 0 and 128" in its usage text). */
    static final int MAX_LCORE = 128;

    private KnownEalOptions() {}

    private static void add(String canonical, Arity arity, boolean repeatable, String... aliases) {
        EalOption option = new EalOption(canonical, arity, repeatable);
        BY_SPELLING.put(canonical, option);
        for (String alias : aliases) {
            BY_SPELLING.put(alias, option);
        }
    }

    /** The option spelled exactly {@code spelling} ("-a", "--allow", ...), if DPDK 22.11 knows it. */
    static Optional<EalOption> lookup(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(spelling));
    }

    /** The 22.11 replacement of an option older DPDK releases had. */
    static Optional<String> renamedTo(String oldSpelling) {
        return Optional.ofNullable(RENAMED.get(oldSpelling));
    }

    /** The known spelling closest to an unknown one, for "did you mean" hints; empty when nothing is close. */
    static Optional<String> closest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String bare = unknown.replaceFirst("^-+", "");
        for (String known : BY_SPELLING.keySet()) {
            int distance = Math.min(editDistance(unknown, known), editDistance(bare, known.replaceFirst("^-+", "")));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known;
            }
        }
        // A bare one-letter name is too short to guess from: "-x" is not "probably -c".
        return bestDistance <= 2 && bare.length() > 2 ? Optional.of(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
