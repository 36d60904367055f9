package dev.roster.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JsonNestingTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void tenThousandNestedArraysAreRefusedQuickly() {
        byte[] hostile = utf8("{\"schemas\":" + nested(10_000) + "}");
        JsonNesting.TooDeepException e = assertTimeoutPreemptively(
                Duration.ofSeconds(1),
                () -> assertThrows(JsonNesting.TooDeepException.class, () -> JsonNesting.check(hostile)));
        assertEquals("The JSON body nests arrays and objects deeper than 64 levels", e.getMessage());
        assertEquals(0, e.getStackTrace().length, "nothing for a log to print per request");
    }

    @Test
    void theLimitItselfIsAccepted() {
        assertDoesNotThrow(() -> JsonNesting.check(utf8(nested(JsonNesting.MAX_DEPTH))));
        assertThrows(
                JsonNesting.TooDeepException.class, () -> JsonNesting.check(utf8(nested(JsonNesting.MAX_DEPTH + 1))));
        assertThrows(
                JsonNesting.TooDeepException.class,
                () -> JsonNesting.check(utf8("{\"a\":".repeat(JsonNesting.MAX_DEPTH + 1) + "1")));
    }

    @Test
    void bracketsInStringsDoNotCount() {
        String brackets = "[".repeat(1_000);
        assertDoesNotThrow(() -> JsonNesting.check(utf8("{\"displayName\":\"" + brackets + "\"}")));
        assertDoesNotThrow(() -> JsonNesting.check(utf8("{\"a\":\"quote \\\" then " + brackets + "\"}")));
        assertDoesNotThrow(() -> JsonNesting.check(utf8("{\"a\":\"backslash \\\\\",\"b\":[[1]]}")));
        assertDoesNotThrow(() -> JsonNesting.check(utf8("{\"name\":\"Jürgen ✓ " + brackets + "\"}")));
    }

    @Test
    void siblingsAreNotDepth() {
        assertDoesNotThrow(() -> JsonNesting.check(utf8("[" + "[],".repeat(10_000) + "[]]")));
    }
}
