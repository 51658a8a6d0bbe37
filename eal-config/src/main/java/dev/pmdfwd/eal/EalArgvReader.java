package dev.pmdfwd.eal;

import dev.pmdfwd.eal.KnownEalOptions.Arity;
import dev.pmdfwd.eal.KnownEalOptions.EalOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits EAL argv into options and their values the way getopt_long does for EAL's option table, but refuses
 * what getopt would silently misread: unknown options, options missing their value (getopt would swallow the
 * next option as the value), stray words, values on flags.
 */
final class EalArgvReader {

    /** One option occurrence: how it was spelled, what it is, and its value (empty for flags). */
    record RawOption(String spelling, EalOption option, Optional<String> value) {}

    private EalArgvReader() {}

    static List<RawOption> read(List<String> argv) throws LaunchException {
        List<RawOption> options = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String token = argv.get(i);
            if (token.equals("--")) {
                throw new LaunchException("'--' appears inside the EAL arguments: the EAL part ends at the first '--';"
                        + " put app options after it and EAL options before it");
            }
            if (!token.startsWith("-") || token.equals("-")) {
                throw new LaunchException("unexpected argument " + Text.q(token) + " among the EAL arguments: EAL options start"
                        + " with '-', app options go after '--'");
            }
            String spelling;
            Optional<String> attached;
            if (token.startsWith("--")) {
                int eq = token.indexOf('=');
                spelling = eq < 0 ? token : token.substring(0, eq);
                attached = eq < 0 ? Optional.empty() : Optional.of(token.substring(eq + 1));
            } else {
                spelling = token.substring(0, 2);
                attached = token.length() > 2 ? Optional.of(token.substring(2)) : Optional.empty();
            }
            Optional<EalOption> known = KnownEalOptions.lookup(spelling);
            if (known.isEmpty() || (known.get().arity() == Arity.NONE && !spelling.startsWith("--") && attached.isPresent())) {
                throw unknown(token.startsWith("--") ? spelling : token);
            }
            EalOption option = known.get();
            Optional<String> value = switch (option.arity()) {
                case NONE -> {
                    if (attached.isPresent()) {
                        throw new LaunchException(spelling + " takes no value but got " + Text.q(attached.get())
                                + ": write " + spelling + " alone");
                    }
                    yield Optional.empty();
                }
                case OPTIONAL -> attached;
                case REQUIRED -> {
                    if (attached.isPresent()) {
                        yield attached;
                    }
                    if (i + 1 >= argv.size() || looksLikeOption(argv.get(i + 1))) {
                        throw new LaunchException(spelling + " needs a value but "
                                + (i + 1 >= argv.size() ? "none follows" : "is followed by " + Text.q(argv.get(i + 1)))
                                + ": write e.g. " + spelling + " " + exampleValue(option.canonical()));
                    }
                    yield Optional.of(argv.get(++i));
                }
            };
            if (option.arity() == Arity.REQUIRED && value.orElseThrow().isEmpty()) {
                throw new LaunchException(spelling + " has an empty value: write e.g. " + spelling + " " + exampleValue(option.canonical()));
            }
            options.add(new RawOption(spelling, option, value));
        }
        return options;
    }

    private static boolean looksLikeOption(String token) {
        return token.startsWith("-") && token.length() > 1 && !Character.isDigit(token.charAt(1));
    }

    private static LaunchException unknown(String spelling) {
        Optional<String> renamed = KnownEalOptions.renamedTo(spelling.length() > 2 && !spelling.startsWith("--") ? spelling.substring(0, 2) : spelling);
        if (renamed.isPresent()) {
            return new LaunchException("EAL option " + Text.q(spelling) + " was removed before DPDK 22.11: write "
                    + renamed.get() + " instead");
        }
        String hint = KnownEalOptions.closest(spelling).map(s -> "; did you mean " + s + "?").orElse("");
        return new LaunchException("unknown EAL option " + Text.q(spelling) + " (DPDK 22.11 does not have it" + hint
                + "): remove it, or if it is an app option put it after '--'");
    }

    /** An example value, so the fix in a message can be copied. */
    static String exampleValue(String canonical) {
        return switch (canonical) {
            case "-l" -> "0-1";
            case "-c" -> "0x3";
            case "--lcores" -> "(0-1)@0";
            case "--main-lcore" -> "0";
            case "-m" -> "512";
            case "--socket-mem", "--socket-limit" -> "512,512";
            case "--vdev" -> "net_pcap0,rx_pcap=in.pcap,tx_pcap=out.pcap";
            case "-a", "-b" -> "0000:00:04.0";
            case "--file-prefix" -> "myrun";
            case "--huge-dir" -> "/dev/hugepages";
            case "--iova-mode" -> "va";
            case "--proc-type" -> "primary";
            case "--log-level" -> "lib.eal:debug";
            case "-d" -> "/usr/lib/x86_64-linux-gnu/dpdk/pmds-23.0";
            case "-n", "-r" -> "4";
            default -> "<value>";
        };
    }
}
