package dev.roster.resolution.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: SQL text and the tokens it must produce, written {@code KIND:text} with a trailing {@code !}
 * for an unterminated token. Hostile inputs are in {@link CarrierHostileInputTest}.
 */
class SqlScannerTest {

    static Stream<Arguments> tokens() {
        return Stream.of(
                arguments("", List.of()),
                arguments("  \t\r\n ", List.of()),
                arguments("SELECT a, b;", List.of("WORD:SELECT", "WORD:a", "COMMA:,", "WORD:b", "SEMICOLON:;")),
                // Comments of both forms, wherever they stand.
                arguments("-- hi\nSELECT", List.of("LINE_COMMENT: hi", "WORD:SELECT")),
                arguments("--no space", List.of("LINE_COMMENT:no space")),
                arguments("a -- to the end", List.of("WORD:a", "LINE_COMMENT: to the end")),
                arguments("a --x\r\nb", List.of("WORD:a", "LINE_COMMENT:x", "WORD:b")),
                arguments("a/*x*/b", List.of("WORD:a", "BLOCK_COMMENT:x", "WORD:b")),
                arguments("/**/", List.of("BLOCK_COMMENT:")),
                arguments("/* a /* nested */ still */ x", List.of("BLOCK_COMMENT: a /* nested */ still ", "WORD:x")),
                arguments("/* ** / **/ x", List.of("BLOCK_COMMENT: ** / *", "WORD:x")),
                arguments("/* open", List.of("BLOCK_COMMENT: open!")),
                arguments("/* a /* b */", List.of("BLOCK_COMMENT: a /* b */!")),
                arguments(
                        "a - -b / c * d",
                        List.of("WORD:a", "OTHER:-", "OTHER:-", "WORD:b", "OTHER:/", "WORD:c", "OTHER:*", "WORD:d")),
                // Strings: '' escapes, no backslash escapes in standard strings.
                arguments("'it''s'", List.of("STRING:it's")),
                arguments("''", List.of("STRING:")),
                arguments("''''", List.of("STRING:'")),
                arguments("'C:\\' x", List.of("STRING:C:\\", "WORD:x")),
                arguments("'-- not a comment' /* real */", List.of("STRING:-- not a comment", "BLOCK_COMMENT: real ")),
                arguments("'/* not a comment */'", List.of("STRING:/* not a comment */")),
                arguments("'a;b'", List.of("STRING:a;b")),
                arguments("'open", List.of("STRING:open!")),
                arguments("N'jdoe' n'x'", List.of("STRING:jdoe", "STRING:x")),
                arguments("N 'x'", List.of("WORD:N", "STRING:x")),
                arguments("AN'x'", List.of("WORD:AN", "STRING:x")),
                // E'…': backslash escapes as well as ''.
                arguments("E'it\\'s'", List.of("STRING:it's")),
                arguments("e'a''b'", List.of("STRING:a'b")),
                arguments("E'CORP\\\\jdoe'", List.of("STRING:CORP\\jdoe")),
                arguments("E'\\n\\t\\x41\\101\\u00e9\\U0001F600\\q'", List.of("STRING:\n\tAAé\uD83D\uDE00q")),
                arguments("E'\\xZZ'", List.of("STRING:xZZ")),
                arguments("E'\\", List.of("STRING:\\!")),
                // Dollar quoting.
                arguments("$$it's -- fine$$", List.of("STRING:it's -- fine")),
                arguments("$fn$ $$ inner $$ $fn$", List.of("STRING: $$ inner $$ ")),
                arguments("$a$ $ab$ $a $a$", List.of("STRING: $ab$ $a ")),
                arguments("$body$ never closed", List.of("STRING: never closed!")),
                arguments("$1 + $2", List.of("OTHER:$", "WORD:1", "OTHER:+", "OTHER:$", "WORD:2")),
                arguments("a$b$ c", List.of("WORD:a$b$", "WORD:c")),
                arguments("$ x", List.of("OTHER:$", "WORD:x")),
                // Quoted identifiers.
                arguments("\"my \"\"col\"\"\"", List.of("QUOTED_IDENTIFIER:my \"col\"")),
                arguments("`my``col` `open", List.of("QUOTED_IDENTIFIER:my`col", "QUOTED_IDENTIFIER:open!")),
                arguments("\"-- x\"", List.of("QUOTED_IDENTIFIER:-- x")),
                // Non-ASCII letters belong to words.
                arguments("SELECT café", List.of("WORD:SELECT", "WORD:café")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void tokens(String sql, List<String> expected) {
        assertEquals(expected, render(new SqlScanner(sql)));
    }

    @Test
    void tokenRangesCoverPrefixesAndDelimiters() {
        SqlScanner scanner = new SqlScanner("x N'a' /*b*/ $t$c$t$");
        assertRange(scanner.next(), 0, 1);
        assertRange(scanner.next(), 2, 6);
        assertRange(scanner.next(), 7, 12);
        assertRange(scanner.next(), 13, 20);
        assertRange(scanner.next(), 20, 20);
    }

    @Test
    void endRepeatsOnceTheInputIsExhausted() {
        SqlScanner scanner = new SqlScanner("a");
        assertEquals(SqlToken.Kind.WORD, scanner.next().kind());
        assertEquals(SqlToken.Kind.END, scanner.next().kind());
        assertEquals(SqlToken.Kind.END, scanner.next().kind());
    }

    @Test
    void scansOnlyUpToTheLimitAndSaysSo() {
        SqlScanner scanner = new SqlScanner("SELECT 'abcdef'", 10);
        assertTrue(scanner.truncated());
        assertEquals(List.of("WORD:SELECT", "STRING:ab!"), render(scanner));
    }

    @Test
    void inputExactlyAtTheLimitIsNotTruncated() {
        SqlScanner scanner = new SqlScanner("SELECT", 6);
        assertFalse(scanner.truncated());
        assertEquals(List.of("WORD:SELECT"), render(scanner));
    }

    @Test
    void zeroLimitScansNothing() {
        SqlScanner scanner = new SqlScanner("SELECT 1", 0);
        assertTrue(scanner.truncated());
        assertEquals(List.of(), render(scanner));
    }

    @Test
    void negativeLimitIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new SqlScanner("x", -1));
    }

    @Test
    void defaultLimitIsFourMebibytes() {
        assertEquals(4 * 1024 * 1024, SqlScanner.DEFAULT_MAX_CHARS);
    }

    static List<String> render(SqlScanner scanner) {
        List<String> rendered = new ArrayList<>();
        for (SqlToken token = scanner.next(); token.kind() != SqlToken.Kind.END; token = scanner.next()) {
            rendered.add(token.kind() + ":" + token.text() + (token.unterminated() ? "!" : ""));
        }
        return rendered;
    }

    private static void assertRange(SqlToken token, int start, int end) {
        assertEquals(start, token.start(), token + " start");
        assertEquals(end, token.end(), token + " end");
    }
}
