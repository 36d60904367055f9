package dev.roster.resolution.carrier;

import java.util.Objects;

/**
 * Splits one SQL text into {@link SqlToken}s on demand, reading every character a bounded number of times, so
 * the cost is linear in the input whatever it contains. There are no regular expressions: a backtracking
 * matcher over a megabyte of hostile SQL is exactly what this class exists to avoid.
 *
 * <p>Recognised, following PostgreSQL unless said otherwise:
 * <ul>
 *   <li>{@code -- …} comments up to the next line break (PostgreSQL does not require the space MySQL
 *       does);</li>
 *   <li>{@code /* … *}{@code /} comments, nested; one left open ends at the end of the input;</li>
 *   <li>{@code '…'} with {@code ''} for a quote (standard-conforming strings: a backslash is an ordinary
 *       character), {@code N'…'} likewise, {@code E'…'} with backslash escapes as well;</li>
 *   <li>{@code $tag$…$tag$} dollar quoting (a tag never starts with a digit, so {@code $1} is a parameter);</li>
 *   <li>{@code "…"} identifiers with {@code ""} for a quote, and MySQL's {@code `…`} with {@code ``}.</li>
 * </ul>
 * MySQL's {@code #} comments and its backslash escapes inside plain {@code '…'} are not supported: the two
 * dialects disagree there and a scanner can honour only one of them.
 *
 * <p>At most {@code maxChars} characters are scanned; {@link #truncated()} says whether the input was longer.
 * Nothing in here throws on any input: an unterminated construct becomes a token flagged
 * {@link SqlToken#unterminated()}.
 *
 * <p>Not thread-safe: one scanner reads one text.
 */
public final class SqlScanner {

    /** The default scan limit, 4 MiB of characters: far above any real BI query, small enough to bound work. */
    public static final int DEFAULT_MAX_CHARS = 4 * 1024 * 1024;

    /** Shared one-character texts, so a megabyte of punctuation does not allocate a megabyte of strings. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private final String sql;
    private final int limit;
    private final boolean truncated;
    private int position;

    /** A scanner over {@code sql} with the {@linkplain #DEFAULT_MAX_CHARS default limit}. */
    public SqlScanner(String sql) {
        this(sql, DEFAULT_MAX_CHARS);
    }

    /**
     * A scanner over the first {@code maxChars} characters of {@code sql}.
     *
     * @throws IllegalArgumentException if {@code maxChars} is negative
     */
    public SqlScanner(String sql, int maxChars) {
        this.sql = Objects.requireNonNull(sql, "sql");
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative: " + maxChars);
        }
        this.limit = Math.min(sql.length(), maxChars);
        this.truncated = sql.length() > maxChars;
    }

    /** Whether the input was longer than the limit, so its tail was never looked at. */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Consumes and returns the next token; once the input is exhausted, every call returns a
     * {@link SqlToken.Kind#END} token.
     */
    public SqlToken next() {
        skipWhitespace();
        int start = position;
        if (start >= limit) {
            return new SqlToken(SqlToken.Kind.END, "", limit, limit, false);
        }
        char c = sql.charAt(start);
        if (c == '-' && charIs(start + 1, '-')) {
            return lineComment(start);
        }
        if (c == '/' && charIs(start + 1, '*')) {
            return blockComment(start);
        }
        if (c == '\'') {
            return quoted(SqlToken.Kind.STRING, start, start, '\'');
        }
        if ((c == 'N' || c == 'n') && charIs(start + 1, '\'')) {
            return quoted(SqlToken.Kind.STRING, start, start + 1, '\'');
        }
        if ((c == 'E' || c == 'e') && charIs(start + 1, '\'')) {
            return escapeString(start);
        }
        if (c == '"' || c == '`') {
            return quoted(SqlToken.Kind.QUOTED_IDENTIFIER, start, start, c);
        }
        if (c == '$') {
            SqlToken dollarQuoted = dollarQuoted(start);
            if (dollarQuoted != null) {
                return dollarQuoted;
            }
        }
        if (isWordStart(c)) {
            return word(start);
        }
        position = start + 1;
        SqlToken.Kind kind = c == ',' ? SqlToken.Kind.COMMA : c == ';' ? SqlToken.Kind.SEMICOLON : SqlToken.Kind.OTHER;
        return new SqlToken(kind, c < ASCII.length ? ASCII[c] : String.valueOf(c), start, position, false);
    }

    private SqlToken lineComment(int start) {
        int p = start + 2;
        while (p < limit && sql.charAt(p) != '\n' && sql.charAt(p) != '\r') {
            p++;
        }
        position = p;
        // Reaching the end of input is a normal end for a line comment, not an unterminated one.
        return new SqlToken(SqlToken.Kind.LINE_COMMENT, sql.substring(start + 2, p), start, p, false);
    }

    private SqlToken blockComment(int start) {
        int depth = 1;
        int p = start + 2;
        while (p < limit) {
            char c = sql.charAt(p);
            if (c == '/' && charIs(p + 1, '*')) {
                depth++;
                p += 2;
            } else if (c == '*' && charIs(p + 1, '/')) {
                p += 2;
                if (--depth == 0) {
                    position = p;
                    return new SqlToken(SqlToken.Kind.BLOCK_COMMENT, sql.substring(start + 2, p - 2), start, p, false);
                }
            } else {
                p++;
            }
        }
        position = limit;
        return new SqlToken(SqlToken.Kind.BLOCK_COMMENT, sql.substring(start + 2, limit), start, limit, true);
    }

    /** A literal or identifier closed by {@code quote}, where a doubled quote stands for one. */
    private SqlToken quoted(SqlToken.Kind kind, int start, int openingQuote, char quote) {
        StringBuilder value = new StringBuilder();
        int p = openingQuote + 1;
        while (p < limit) {
            char c = sql.charAt(p);
            if (c == quote) {
                if (!charIs(p + 1, quote)) {
                    position = p + 1;
                    return new SqlToken(kind, value.toString(), start, position, false);
                }
                p++;
            }
            value.append(c);
            p++;
        }
        position = limit;
        return new SqlToken(kind, value.toString(), start, limit, true);
    }

    /** {@code E'…'}: backslash escapes as PostgreSQL decodes them, and {@code ''} as well. */
    private SqlToken escapeString(int start) {
        StringBuilder value = new StringBuilder();
        int p = start + 2;
        while (p < limit) {
            char c = sql.charAt(p);
            if (c == '\'') {
                if (!charIs(p + 1, '\'')) {
                    position = p + 1;
                    return new SqlToken(SqlToken.Kind.STRING, value.toString(), start, position, false);
                }
                value.append('\'');
                p += 2;
            } else if (c == '\\' && p + 1 < limit) {
                p = BackslashEscapes.decode(sql, p + 1, limit, value);
            } else {
                value.append(c);
                p++;
            }
        }
        position = limit;
        return new SqlToken(SqlToken.Kind.STRING, value.toString(), start, limit, true);
    }

    /** {@code $tag$…$tag$}, or null when the '$' does not open one (a parameter such as {@code $1}). */
    private SqlToken dollarQuoted(int start) {
        int p = start + 1;
        if (p < limit && isDollarTagStart(sql.charAt(p))) {
            p++;
            while (p < limit && isDollarTagPart(sql.charAt(p))) {
                p++;
            }
        }
        if (p >= limit || sql.charAt(p) != '$') {
            return null;
        }
        String delimiter = sql.substring(start, p + 1);
        int contentStart = p + 1;
        int close = indexOfDollarDelimiter(delimiter, contentStart);
        if (close < 0) {
            position = limit;
            return new SqlToken(SqlToken.Kind.STRING, sql.substring(contentStart, limit), start, limit, true);
        }
        position = close + delimiter.length();
        return new SqlToken(SqlToken.Kind.STRING, sql.substring(contentStart, close), start, position, false);
    }

    /**
     * Finds the closing delimiter in linear time without a search table. The delimiter is {@code $tag$} and
     * the tag holds no '$', so a partial match that fails at offset k has passed only tag characters: the
     * next candidate '$' cannot start before offset k, and no character is compared more than twice.
     */
    private int indexOfDollarDelimiter(String delimiter, int from) {
        int length = delimiter.length();
        int i = from;
        while (i + length <= limit) {
            if (sql.charAt(i) != '$') {
                i++;
                continue;
            }
            int matched = 1;
            while (matched < length && sql.charAt(i + matched) == delimiter.charAt(matched)) {
                matched++;
            }
            if (matched == length) {
                return i;
            }
            i += matched;
        }
        return -1;
    }

    private SqlToken word(int start) {
        int p = start + 1;
        while (p < limit && isWordPart(sql.charAt(p))) {
            p++;
        }
        position = p;
        return new SqlToken(SqlToken.Kind.WORD, sql.substring(start, p), start, p, false);
    }

    private void skipWhitespace() {
        while (position < limit && isWhitespace(sql.charAt(position))) {
            position++;
        }
    }

    private boolean charIs(int index, char expected) {
        return index < limit && sql.charAt(index) == expected;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Identifiers, keywords and numbers; any non-ASCII character counts as a letter, as in PostgreSQL. */
    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
    }

    /** PostgreSQL allows '$' inside an identifier, which is why {@code a$b$} is one word, not a dollar quote. */
    private static boolean isWordPart(char c) {
        return isWordStart(c) || c == '$';
    }

    private static boolean isDollarTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isDollarTagPart(char c) {
        return isDollarTagStart(c) || (c >= '0' && c <= '9');
    }
}
