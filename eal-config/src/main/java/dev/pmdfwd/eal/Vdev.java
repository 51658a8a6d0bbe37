package dev.pmdfwd.eal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code --vdev} device: {@code net_pcap0,rx_pcap=in.pcap,tx_pcap=out.pcap}.
 *
 * @param name   the instance name: the whole first token ("net_pcap0"); it becomes the ethdev name
 * @param driver the canonical driver the name selects ("net_pcap"; "virtio_user0" selects "net_virtio_user")
 * @param args   the key=value arguments in the order given; a key given without '=' maps to ""
 */
public record Vdev(String name, String driver, Map<String, String> args) {

    public Vdev {
        Objects.requireNonNull(name);
        Objects.requireNonNull(driver);
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** Parses the value of one {@code --vdev}; refuses unknown drivers, empty or repeated keys. */
    public static Vdev parse(String devargs) throws LaunchException {
        int comma = devargs.indexOf(',');
        String name = comma < 0 ? devargs : devargs.substring(0, comma);
        if (name.isEmpty() || name.contains("=") || name.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
            throw new LaunchException("--vdev " + Text.q(devargs) + " must start with a device name such as net_pcap0"
                    + " (driver name plus an instance suffix), then ,key=value pairs");
        }
        VdevDriver driver = VdevDriver.forInstance(name).orElseThrow(() -> new LaunchException(
                "--vdev " + Text.q(name) + " names no supported driver: its name must start with one of "
                        + VdevDriver.namesForHelp() + ", e.g. net_pcap0"));
        Map<String, String> args = new LinkedHashMap<>();
        if (comma >= 0) {
            for (String item : splitTopLevel(devargs.substring(comma + 1))) {
                int eq = item.indexOf('=');
                String key = eq < 0 ? item : item.substring(0, eq);
                String value = eq < 0 ? "" : item.substring(eq + 1);
                if (key.isEmpty()) {
                    throw new LaunchException("--vdev " + name + " has an empty argument in " + Text.q(devargs)
                            + ": write ,key=value pairs without stray commas");
                }
                if (args.containsKey(key)) {
                    throw new LaunchException("--vdev " + name + " gives key " + Text.q(key) + " twice: give it once"
                            + " (for more queues add another --vdev)");
                }
                args.put(key, value);
            }
        }
        return new Vdev(name, driver.canonical(), args);
    }

    /** The devargs text, keys in their original order: what {@code --vdev} gets when rendering. */
    public String toDevargs() {
        StringBuilder out = new StringBuilder(name);
        args.forEach((key, value) -> {
            out.append(',').append(key);
            if (!value.isEmpty()) {
                out.append('=').append(value);
            }
        });
        return out.toString();
    }

    /** Splits on commas that are not inside [...] lists, as rte_kvargs does. */
    private static List<String> splitTopLevel(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(text.substring(start, i));
                start = i + 1;
            }
        }
        items.add(text.substring(start));
        return items;
    }
}
