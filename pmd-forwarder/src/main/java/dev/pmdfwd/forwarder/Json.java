package dev.pmdfwd.forwarder;

import java.util.List;
import java.util.Map;

/** A minimal JSON writer for the report: maps, lists, strings, numbers, booleans. No dependency. */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Double d -> out.append(Double.isFinite(d) ? String.format(java.util.Locale.ROOT, "%.6f", d) : "null");
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "\n" : ",\n").append("  ".repeat(indent + 1));
                    string(String.valueOf(e.getKey()), out);
                    out.append(": ");
                    write(e.getValue(), out, indent + 1);
                    first = false;
                }
                out.append(first ? "}" : "\n" + "  ".repeat(indent) + "}");
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
                    write(list.get(i), out, indent + 1);
                }
                out.append(list.isEmpty() ? "]" : "\n" + "  ".repeat(indent) + "]");
            }
            default -> string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
