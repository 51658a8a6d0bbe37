package dev.pmdfwd.eal;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** Small text helpers that keep user-supplied values from breaking the one-line rule of messages. */
final class Text {
    private Text() {}

    /** A user value fit for a one-line message: control characters escaped, quoted when it holds blanks. */
    static String q(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        boolean quote = value.isEmpty() || value.chars().anyMatch(Character::isWhitespace);
        return quote ? "'" + out + "'" : out.toString();
    }

    /** "0-3,5" for {0,1,2,3,5}: how DPDK and /sys write cpu lists. */
    static String cpuList(SortedSet<Integer> ids) {
        StringBuilder out = new StringBuilder();
        Integer start = null;
        Integer previous = null;
        for (int id : ids) {
            if (start == null) {
                start = id;
            } else if (id != previous + 1) {
                appendRange(out, start, previous);
                start = id;
            }
            previous = id;
        }
        if (start != null) {
            appendRange(out, start, previous);
        }
        return out.toString();
    }

    private static void appendRange(StringBuilder out, int start, int end) {
        if (!out.isEmpty()) {
            out.append(',');
        }
        out.append(start);
        if (end > start) {
            out.append('-').append(end);
        }
    }

    static String join(Collection<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Renders argv as a shell would need it typed: tokens with blanks or quotes are single-quoted. */
    static String shellLine(List<String> argv) {
        return argv.stream().map(Text::shellWord).collect(Collectors.joining(" "));
    }

    private static String shellWord(String token) {
        if (!token.isEmpty() && token.chars().allMatch(c -> c > 0x20 && c < 0x7f && "'\"\\$`!*?;&|<>(){}#~".indexOf(c) < 0)) {
            return token;
        }
        return "'" + token.replace("'", "'\\''") + "'";
    }

    /** Whole mebibytes, rounded up: DPDK's "MB" in -m and --socket-mem is MiB. */
    static long mbCeil(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }
}
