package dev.roster.resolution.carrier;

import java.util.Objects;

/**
 * One lexical unit that {@link SqlScanner} found in a SQL text. Whitespace is not a token.
 *
 * @param kind         what the token is
 * @param text         the decoded content: a comment's body without its delimiters, a string literal's value
 *                     with quotes and escapes resolved, an identifier's name without its quotes, or the source
 *                     characters of a word or punctuation mark
 * @param start        index of the token's first character in the input (a prefix such as {@code N} or
 *                     {@code E} included)
 * @param end          index just past the token's last character
 * @param unterminated whether a comment, string or quoted identifier ran into the end of the scanned input
 *                     without its closing delimiter; the database would reject such a statement, so a carrier
 *                     inside it is not trusted
 */
public record SqlToken(Kind kind, String text, int start, int end, boolean unterminated) {

    /** The token kinds; just enough structure to recognise comments and simple {@code SELECT} lists. */
    public enum Kind {
        /** {@code -- …} up to (not including) the next line break or the end of input. */
        LINE_COMMENT,
        /** {@code /* … *}{@code /}, nested as in PostgreSQL. */
        BLOCK_COMMENT,
        /** {@code '…'}, {@code N'…'}, {@code E'…'} or {@code $tag$…$tag$}. */
        STRING,
        /** {@code "…"} or MySQL's {@code `…`}. */
        QUOTED_IDENTIFIER,
        /** A keyword, unquoted identifier or number. */
        WORD,
        /** {@code ,} */
        COMMA,
        /** {@code ;}, which ends a statement. */
        SEMICOLON,
        /** Any other single character: operators, parentheses, a lone {@code $}. */
        OTHER,
        /** End of the scanned input; {@code start == end ==} the number of characters scanned. */
        END
    }

    /** Checks the invariants the parser relies on. */
    public SqlToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** Whether this is a comment of either form. */
    public boolean isComment() {
        return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }

    /** Whether this is the given keyword; SQL keywords are case-insensitive. */
    public boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
}
