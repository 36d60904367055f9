package dev.roster.scim.filter;

/**
 * One lexical unit of a filter or PATCH path.
 *
 * @param kind   what the token is
 * @param text   the source characters for words and punctuation; the decoded content for {@link Kind#STRING}
 * @param offset 0-based index of the token's first character in the input
 * @param end    0-based index just past the token's last character, so adjacency checks ({@code ].value}) are
 *               a comparison of two ints
 */
record Token(Kind kind, String text, int offset, int end) {

    enum Kind {
        /** A run of characters up to whitespace or one of {@code ( ) [ ] "}: a path, operator or keyword. */
        WORD,
        /** A double-quoted JSON string. */
        STRING,
        LEFT_PAREN,
        RIGHT_PAREN,
        LEFT_BRACKET,
        RIGHT_BRACKET,
        /** A '.' where a token starts; only legal directly after ']' ({@code emails[...].value}). */
        DOT,
        /** End of input; its offset is the input length. */
        END
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    /** Keywords and operators are case-insensitive on the wire (RFC 7644 section 3.4.2.2). */
    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
}
