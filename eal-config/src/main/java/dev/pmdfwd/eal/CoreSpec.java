package dev.pmdfwd.eal;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The cores a launch runs on, as given by one of the three exclusive EAL forms:
 * {@code -l 0-3,5}, {@code -c 0x3} or {@code --lcores (0-1)@0,2@1}.
 *
 * @param form   which option gave it
 * @param text   the value exactly as given (rendered back unchanged)
 * @param lcores the lcore ids it defines
 * @param cpus   the cpus those lcores run on (the same ids except with --lcores {@code @} mappings)
 */
public record CoreSpec(Form form, String text, SortedSet<Integer> lcores, SortedSet<Integer> cpus) {

    /** The EAL option that carries the core list. */
    public enum Form {
        LIST("-l"), MASK("-c"), LCORES("--lcores");

        private final String option;

        Form(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    public CoreSpec {
        Objects.requireNonNull(form);
        Objects.requireNonNull(text);
        lcores = Collections.unmodifiableSortedSet(new TreeSet<>(lcores));
        cpus = Collections.unmodifiableSortedSet(new TreeSet<>(cpus));
    }

    /** Parses the value of {@code form.option()}; the message of a failure names the option and the syntax. */
    public static CoreSpec parse(Form form, String text) throws LaunchException {
        return switch (form) {
            case LIST -> list(text);
            case MASK -> mask(text);
            case LCORES -> new LcoreMapParser(text).parse();
        };
    }

    private static CoreSpec list(String text) throws LaunchException {
        SortedSet<Integer> ids;
        try {
            ids = parseCpuList(text);
        } catch (IllegalArgumentException e) {
            throw new LaunchException("-l " + Text.q(text) + " is not a core list (" + e.getMessage()
                    + "): write cores as 0-3 or 0,2,4");
        }
        requireBelowMaxLcore("-l", text, ids);
        return new CoreSpec(Form.LIST, text, ids, ids);
    }

    private static CoreSpec mask(String text) throws LaunchException {
        String hex = text.strip();
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if (hex.isEmpty() || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new LaunchException("-c " + Text.q(text) + " is not a hexadecimal core mask: write e.g. -c 0x3 for cores 0 and 1, or use -l 0-1");
        }
        BigInteger bits = new BigInteger(hex, 16);
        if (bits.signum() == 0) {
            throw new LaunchException("-c " + Text.q(text) + " selects no core: set at least one bit, e.g. -c 0x1");
        }
        SortedSet<Integer> ids = new TreeSet<>();
        for (int bit = 0; bit < bits.bitLength(); bit++) {
            if (bits.testBit(bit)) {
                ids.add(bit);
            }
        }
        requireBelowMaxLcore("-c", text, ids);
        return new CoreSpec(Form.MASK, text, ids, ids);
    }

    private static void requireBelowMaxLcore(String option, String text, SortedSet<Integer> ids) throws LaunchException {
        if (!ids.isEmpty() && ids.last() >= KnownEalOptions.MAX_LCORE) {
            throw new LaunchException(option + " " + Text.q(text) + " names core " + ids.last() + " but this DPDK build supports lcore ids 0-"
                    + (KnownEalOptions.MAX_LCORE - 1) + ": use lower core ids (or map them with --lcores)");
        }
    }

    /**
     * Parses the cpu-list syntax shared by {@code -l} and /sys/devices/system/cpu/online: "0-3,5".
     *
     * @throws IllegalArgumentException with a short reason when the text is not such a list
     */
    static SortedSet<Integer> parseCpuList(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        SortedSet<Integer> ids = new TreeSet<>();
        for (String item : trimmed.split(",", -1)) {
            String[] ends = item.split("-", -1);
            if (ends.length > 2 || !isNumber(ends[0]) || (ends.length == 2 && !isNumber(ends[1]))) {
                throw new IllegalArgumentException(Text.q(item) + " is not a number or a range a-b");
            }
            int low = Integer.parseInt(ends[0]);
            int high = ends.length == 2 ? Integer.parseInt(ends[1]) : low;
            if (high < low) {
                throw new IllegalArgumentException("range " + item + " goes downwards; write " + high + "-" + low);
            }
            for (int id = low; id <= high; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static boolean isNumber(String s) {
        // Bounded length keeps Integer.parseInt safe and rules out absurd ids early.
        return !s.isEmpty() && s.length() <= 6 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Light parser for --lcores: "lcores[@cpus],..." where each set is a number, a range or a "(...)" group. */
    private static final class LcoreMapParser {
        private final String text;
        private int at;
        private final SortedSet<Integer> lcores = new TreeSet<>();
        private final SortedSet<Integer> cpus = new TreeSet<>();

        LcoreMapParser(String text) {
            this.text = text;
        }

        CoreSpec parse() throws LaunchException {
            if (text.isBlank()) {
                throw fail("it is empty");
            }
            while (true) {
                SortedSet<Integer> group = set();
                SortedSet<Integer> runsOn = group;
                if (peek() == '@') {
                    at++;
                    runsOn = set();
                }
                for (int lcore : group) {
                    if (!lcores.add(lcore)) {
                        throw fail("lcore " + lcore + " is defined twice");
                    }
                }
                cpus.addAll(runsOn);
                if (at == text.length()) {
                    break;
                }
                if (peek() != ',') {
                    throw fail("unexpected " + Text.q(String.valueOf(peek())) + " at position " + at);
                }
                at++;
            }
            if (lcores.last() >= KnownEalOptions.MAX_LCORE) {
                throw new LaunchException("--lcores " + Text.q(text) + " defines lcore " + lcores.last() + " but lcore ids must be below "
                        + KnownEalOptions.MAX_LCORE + ": renumber the lcores, e.g. (0-1)@" + cpus.first());
            }
            return new CoreSpec(Form.LCORES, text, lcores, cpus);
        }

        private SortedSet<Integer> set() throws LaunchException {
            if (peek() == '(') {
                at++;
                SortedSet<Integer> ids = new TreeSet<>();
                while (true) {
                    ids.addAll(range());
                    if (peek() == ',') {
                        at++;
                    } else if (peek() == ')') {
                        at++;
                        return ids;
                    } else {
                        throw fail("group opened with '(' is not closed");
                    }
                }
            }
            return range();
        }

        private SortedSet<Integer> range() throws LaunchException {
            int low = number();
            int high = low;
            if (peek() == '-') {
                at++;
                high = number();
            }
            if (high < low) {
                throw fail("range " + low + "-" + high + " goes downwards");
            }
            SortedSet<Integer> ids = new TreeSet<>();
            for (int id = low; id <= high; id++) {
                ids.add(id);
            }
            return ids;
        }

        private int number() throws LaunchException {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 6) {
                at++;
            }
            if (start == at) {
                throw fail(at < text.length() ? "expected a number at " + Text.q(String.valueOf(text.charAt(at))) : "it ends where a number should be");
            }
            return Integer.parseInt(text.substring(start, at));
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private LaunchException fail(String reason) {
            return new LaunchException("--lcores " + Text.q(text) + " is not an lcore map (" + reason
                    + "): write e.g. --lcores 0-3 or --lcores (0-1)@0,2@1");
        }
    }
}
