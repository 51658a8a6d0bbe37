package dev.pmdfwd.forwarder;

import java.util.Arrays;
import java.util.List;

/** {@code [EAL args] -- [app options]}, as every DPDK application splits its command line. */
record CommandLineParts(List<String> eal, List<String> app) {

    static CommandLineParts split(String[] args) {
        int separator = Arrays.asList(args).indexOf("--");
        if (separator < 0) {
            return new CommandLineParts(List.of(args), List.of());
        }
        return new CommandLineParts(List.of(args).subList(0, separator),
                List.of(args).subList(separator + 1, args.length));
    }

    /** --help, -h or --version anywhere: answered without touching EAL. */
    boolean asksForHelpOrVersion() {
        return eal.stream().anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"))
                || app.stream().anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
    }
}
