package dev.pmdfwd.eal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the PCI devargs of {@code -a}/{@code -b}: DDDD:BB:DD.F or BB:DD.F, optionally followed by ,key=value. */
final class PciAddresses {
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?<domain>[0-9a-fA-F]{4}):)?(?<bus>[0-9a-fA-F]{2}):(?<device>[0-9a-fA-F]{2})\\.(?<function>[0-7])");

    private PciAddresses() {}

    /**
     * Validates one devargs and returns its address in the full lower-case form ("0000:00:04.0"), which is how
     * duplicates are found ("00:04.0" and "0000:00:04.0" are the same device).
     */
    static String check(String option, String devargs) throws LaunchException {
        int comma = devargs.indexOf(',');
        String address = comma < 0 ? devargs : devargs.substring(0, comma);
        Matcher m = ADDRESS.matcher(address);
        if (!m.matches() || Integer.parseInt(m.group("device"), 16) > 0x1f) {
            throw new LaunchException(option + " " + Text.q(devargs) + " is not a PCI address: write DDDD:BB:DD.F or BB:DD.F in hex"
                    + " (device 00-1f, function 0-7), e.g. " + option + " 0000:00:04.0 (see dpdk-devbind.py --status)");
        }
        if (comma >= 0) {
            for (String item : devargs.substring(comma + 1).split(",", -1)) {
                if (item.isEmpty() || item.startsWith("=")) {
                    throw new LaunchException(option + " " + Text.q(devargs) + " has an empty device argument: write "
                            + address + ",key=value without stray commas");
                }
            }
        }
        String domain = m.group("domain") == null ? "0000" : m.group("domain");
        return (domain + ":" + m.group("bus") + ":" + m.group("device") + "." + m.group("function")).toLowerCase(Locale.ROOT);
    }
}
