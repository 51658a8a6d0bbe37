package dev.pmdfwd.report;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal, strict JSON (RFC 8259) parser for reading the forwarder's own report files without a
 * dependency. Objects become {@link LinkedHashMap}s (key order kept, a repeated key is an error),
 * arrays {@link List}s, integers that fit a {@code long} {@link Long}s, other numbers {@link Double}s,
 * then strings, booleans and {@code null}. A syntax error is a {@link ParseException} whose one-line
 * message and {@link ParseException#getErrorOffset() offset} point at the offending character.
 */
public final class JsonReader {
    /** Deep enough for any report; bounded so that hostile input cannot overflow the stack. */
    private static final int MAX_DEPTH = 256;

    private final String text;
    private int pos;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Parses one JSON value that makes up the whole of {@code text} (surrounding whitespace allowed). */
    public static Object parse(String text) throws ParseException {
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected " + reader.describeNext() + " after the JSON value");
        }
        return value;
    }

    private Object value() throws ParseException {
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected " + describeNext() + ", expected a value");
            }
        };
    }

    private Map<String, Object> object() throws ParseException {
        enter();
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("unexpected " + describeNext() + ", expected a string key");
            }
            int keyOffset = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = value();
            if (map.containsKey(key)) {
                throw new ParseException("duplicate key \"" + key + "\" at offset " + keyOffset, keyOffset);
            }
            map.put(key, value);
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == '}') {
                pos++;
                depth--;
                return map;
            } else {
                throw error("unexpected " + describeNext() + ", expected ',' or '}'");
            }
        }
    }

    private List<Object> array() throws ParseException {
        enter();
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                depth--;
                return list;
            } else {
                throw error("unexpected " + describeNext() + ", expected ',' or ']'");
            }
        }
    }

    private String string() throws ParseException {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character U+" + String.format("%04X", (int) c) + " in a string");
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char e = text.charAt(pos);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append(hex4());
                    continue; // hex4 moved past the digits
                }
                default -> throw error("invalid escape '\\" + e + "'");
            }
            pos++;
        }
    }

    /** The four hex digits after {@code \\u}; pos is on the 'u' and ends after the digits. */
    private char hex4() throws ParseException {
        int start = pos + 1;
        if (start + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int code = 0;
        for (int i = start; i < start + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                pos = i;
                throw error("invalid hex digit " + describeNext() + " in a \\u escape");
            }
            code = code * 16 + digit;
        }
        pos = start + 4;
        return (char) code;
    }

    private Object number() throws ParseException {
        int start = pos;
        boolean integral = true;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("leading zero in a number");
            }
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("unexpected " + describeNext() + ", expected a digit");
        }
        if (peek() == '.') {
            integral = false;
            pos++;
            if (!isDigit(peek())) {
                throw error("unexpected " + describeNext() + ", expected a digit after '.'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("unexpected " + describeNext() + ", expected a digit in the exponent");
            }
            digits();
        }
        String literal = text.substring(start, pos);
        if (integral) {
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException tooBig) {
                // Beyond a long: keep the magnitude as a double rather than reject a valid document.
            }
        }
        return Double.parseDouble(literal);
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private Object literal(String word, Object value) throws ParseException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeNext() + ", expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws ParseException {
        if (peek() != c) {
            throw error("unexpected " + describeNext() + ", expected '" + c + "'");
        }
        pos++;
    }

    private void enter() throws ParseException {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The next character, or 0 at the end (never valid where it is checked). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String describeNext() {
        if (pos >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(pos);
        return c < 0x20 || c > 0x7e ? String.format("character U+%04X", (int) c) : "'" + c + "'";
    }

    private ParseException error(String message) {
        return new ParseException(message + " at offset " + pos, pos);
    }
}
