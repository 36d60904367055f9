package dev.roster.scim.filter;

/**
 * Splits a filter or PATCH path into {@link Token}s on demand, with one token of lookahead.
 *
 * <p>Tokenizing depends on context: after a comparison operator the parser calls {@link #nextValue()},
 * because a value follows different rules from a path (Entra's {@code meta.Created gt
 * 2015-10-10T14:38:21.8617979-07:00} contains '.' and ':' and ends only at whitespace, ')' or ']').
 * Every character is examined once, so tokenizing is linear in the input length.
 */
final class FilterTokenizer {

    private final String input;
    private final SyntaxErrors errors;
    private int position;
    private Token peeked;
    private int consumedEnd;

    FilterTokenizer(String input, SyntaxErrors errors) {
        this.input = input;
        this.errors = errors;
    }

    /** The next token without consuming it. */
    Token peek() {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    /** Consumes and returns the next token. */
    Token next() {
        Token token = peek();
        peeked = null;
        consumedEnd = token.end();
        return token;
    }

    /** Where the last consumed token ended, so the parser can insist on adjacency ({@code ].value}). */
    int consumedEnd() {
        return consumedEnd;
    }

    /**
     * Consumes a comparison value: a JSON string ({@link Token.Kind#STRING}) or an unquoted run of characters
     * up to whitespace, ')' or ']' ({@link Token.Kind#WORD}), which {@link JsonLiteralReader#unquoted} turns
     * into a literal.
     */
    Token nextValue() {
        if (peeked != null) {
            // A peeked token was scanned with path rules; re-reading it as a value would be wrong.
            throw new IllegalStateException("nextValue() after peek()");
        }
        Token value = scanValue();
        consumedEnd = value.end();
        return value;
    }

    private Token scanValue() {
        skipWhitespace();
        if (position >= input.length()) {
            throw errors.at("Missing comparison value", position);
        }
        char c = input.charAt(position);
        if (c == '"') {
            return string();
        }
        if (c == '(' || c == ')' || c == '[' || c == ']') {
            // "userName eq )" lost its value; "userName eq (x)" is not a value either (RFC 7644 grammar).
            throw errors.at("Missing comparison value before '" + c + "'", position);
        }
        if (c == '\'') {
            // Accepting it would silently search for the quote characters; say what is wrong instead.
            throw errors.at("Strings must be in double quotes, not single quotes", position);
        }
        int start = position;
        while (position < input.length() && !endsUnquotedValue(input.charAt(position))) {
            position++;
        }
        return new Token(Token.Kind.WORD, input.substring(start, position), start, position);
    }

    private Token scan() {
        skipWhitespace();
        int start = position;
        if (start >= input.length()) {
            return new Token(Token.Kind.END, "", start, start);
        }
        char c = input.charAt(start);
        Token.Kind single = switch (c) {
            case '(' -> Token.Kind.LEFT_PAREN;
            case ')' -> Token.Kind.RIGHT_PAREN;
            case '[' -> Token.Kind.LEFT_BRACKET;
            case ']' -> Token.Kind.RIGHT_BRACKET;
            case '.' -> Token.Kind.DOT;
            default -> null;
        };
        if (single != null) {
            position++;
            return new Token(single, String.valueOf(c), start, position);
        }
        if (c == '"') {
            return string();
        }
        while (position < input.length() && !endsWord(input.charAt(position))) {
            position++;
        }
        return new Token(Token.Kind.WORD, input.substring(start, position), start, position);
    }

    private Token string() {
        Token token = JsonLiteralReader.readString(input, position, errors);
        position = token.end();
        return token;
    }

    private void skipWhitespace() {
        while (position < input.length() && isWhitespace(input.charAt(position))) {
            position++;
        }
    }

    /** RFC 7644 separates tokens with SP; tabs and line breaks are tolerated (pretty-printed POST /.search). */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean endsWord(char c) {
        return isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"';
    }

    private static boolean endsUnquotedValue(char c) {
        return isWhitespace(c) || c == ')' || c == ']';
    }
}
