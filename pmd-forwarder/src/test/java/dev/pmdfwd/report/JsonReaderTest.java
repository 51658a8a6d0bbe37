package dev.pmdfwd.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReaderTest {
    @Test
    void readsEveryTypeKeepingKeyOrder() throws ParseException {
        Object parsed = JsonReader.parse("""
                 {"s": "a\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00", "i": -12, "zero": 0, "d": 1.5e3, "neg": -0.25,
                  "huge": 123456789012345678901, "t": true, "f": false, "n": null,
                  "a": [1, [], {}, "x"], "o": {"k": "v", "e": {}}}
                """);
        Map<?, ?> map = assertInstanceOf(LinkedHashMap.class, parsed);
        assertEquals(List.of("s", "i", "zero", "d", "neg", "huge", "t", "f", "n", "a", "o"), List.copyOf(map.keySet()));
        assertEquals("a\"b\\c/d\n\té\uD83D\uDE00", map.get("s"));
        assertEquals(-12L, map.get("i"));
        assertEquals(0L, map.get("zero"));
        assertEquals(1500.0, map.get("d"));
        assertEquals(-0.25, map.get("neg"));
        assertEquals(1.23456789012345678901e20, (Double) map.get("huge"), 1e5);
        assertEquals(Boolean.TRUE, map.get("t"));
        assertEquals(Boolean.FALSE, map.get("f"));
        assertTrue(map.containsKey("n"));
        assertNull(map.get("n"));
        assertEquals(List.of(1L, List.of(), Map.of(), "x"), map.get("a"));
        assertEquals(Map.of("k", "v", "e", Map.of()), map.get("o"));
    }

    @Test
    void readsScalarDocumentsAndLongLimits() throws ParseException {
        assertEquals(42L, JsonReader.parse("42"));
        assertEquals("x", JsonReader.parse(" \"x\"\n"));
        assertNull(JsonReader.parse("null"));
        assertEquals(Long.MAX_VALUE, JsonReader.parse(String.valueOf(Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, JsonReader.parse(String.valueOf(Long.MIN_VALUE)));
        assertEquals(1e-7, JsonReader.parse("1E-7"));
        assertEquals(List.of(), JsonReader.parse("[ ]"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                   | 0 | unexpected end of input",
            "`   `                | 3 | unexpected end of input",
            "`{\"a\":1,}`         | 7 | expected a string key",
            "`[1,]`               | 3 | expected a value",
            "`[1 2]`              | 3 | expected ',' or ']'",
            "`{\"a\" 1}`          | 5 | expected ':'",
            "`{\"a\":1 \"b\":2}`  | 7 | expected ',' or '}'",
            "`{a:1}`              | 1 | expected a string key",
            "`01`                 | 1 | leading zero",
            "`1.`                 | 2 | expected a digit after '.'",
            "`-`                  | 1 | expected a digit",
            "`1e+`                | 3 | in the exponent",
            "`\"abc`              | 4 | unterminated string",
            "`\"a\\x\"`           | 3 | invalid escape",
            "`\"\\u12G4\"`        | 5 | invalid hex digit",
            "`tru`                | 0 | expected a value",
            "`{} x`               | 3 | after the JSON value",
            "`[1] [2]`            | 4 | after the JSON value",
            "`{\"a\":1,\"a\":2}`  | 7 | duplicate key \"a\"",
            "`NaN`                | 0 | expected a value",
            "`'x'`                | 0 | expected a value",
    })
    void reportsErrorsWithOffsets(String text, int offset, String message) {
        ParseException e = assertThrows(ParseException.class, () -> JsonReader.parse(text));
        assertEquals(offset, e.getErrorOffset(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().endsWith("at offset " + offset), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void rejectsControlCharactersInStrings() {
        ParseException e = assertThrows(ParseException.class, () -> JsonReader.parse("\"a\u0001b\""));
        assertEquals(2, e.getErrorOffset());
        assertTrue(e.getMessage().contains("control character U+0001"), e.getMessage());
    }

    @Test
    void boundsNestingInsteadOfOverflowingTheStack() {
        ParseException e = assertThrows(ParseException.class, () -> JsonReader.parse("[".repeat(100_000)));
        assertTrue(e.getMessage().startsWith("nesting deeper than"), e.getMessage());
    }
}
