package dev.roster.scim.filter;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;

/**
 * Reads comparison values: quoted JSON strings with every JSON escape, and unquoted tokens, which are JSON
 * literals ({@code true}, {@code 42}) or, for Microsoft Entra's unquoted values ({@code externalId eq
 * 00ujl29u0le5T6Aj10h7}), the raw characters as a string. Hand-written rather than delegated to a JSON
 * parser so that errors carry the position inside the filter and the end of a string is found in one pass.
 */
final class JsonLiteralReader {

    /** Looked up once: {@code CachedJson.createValue} would repeat the ServiceLoader lookup on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonLiteralReader() {}

    /**
     * Reads the JSON string whose opening quote is at {@code start}.
     *
     * @return a {@link Token.Kind#STRING} token holding the decoded content and ending after the closing quote
     */
    static Token readString(String input, int start, SyntaxErrors errors) {
        StringBuilder decoded = new StringBuilder();
        int i = start + 1;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == '"') {
                return new Token(Token.Kind.STRING, decoded.toString(), start, i + 1);
            }
            if (c == '\\') {
                i = readEscape(input, i, decoded, start, errors);
            } else if (c < 0x20) {
                // JSON forbids raw control characters; a stray newline usually means a broken client encoder.
                throw errors.at("Unescaped control character U+" + hex4(c) + " in string", i);
            } else {
                decoded.append(c);
                i++;
            }
        }
        throw errors.at("Unterminated string starting", start);
    }

    /** Decodes the escape whose backslash is at {@code backslash}; returns the index after it. */
    private static int readEscape(
            String input, int backslash, StringBuilder out, int stringStart, SyntaxErrors errors) {
        if (backslash + 1 >= input.length()) {
            throw errors.at("Unterminated string starting", stringStart);
        }
        char escaped = input.charAt(backslash + 1);
        switch (escaped) {
            case '"', '\\', '/' -> out.append(escaped);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                out.append(readUnicodeEscape(input, backslash, errors));
                return backslash + 6;
            }
            default -> throw errors.at("Invalid escape sequence '\\" + escaped + "' in string", backslash);
        }
        return backslash + 2;
    }

    private static char readUnicodeEscape(String input, int backslash, SyntaxErrors errors) {
        int value = 0;
        for (int i = backslash + 2; i < backslash + 6; i++) {
            int digit = i < input.length() ? Character.digit(input.charAt(i), 16) : -1;
            if (digit < 0) {
                throw errors.at("Invalid \\u escape in string: expected four hexadecimal digits", backslash);
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    /**
     * Turns an unquoted comparison value into JSON: {@code true}, {@code false} and {@code null} (any case),
     * a JSON number (kept exact as a BigDecimal), otherwise a string of the raw characters.
     */
    static JsonValue unquoted(Token token, SyntaxErrors errors) {
        String raw = token.text();
        if (raw.equalsIgnoreCase("true")) {
            return JsonValue.TRUE;
        }
        if (raw.equalsIgnoreCase("false")) {
            return JsonValue.FALSE;
        }
        if (raw.equalsIgnoreCase("null")) {
            return JsonValue.NULL;
        }
        if (isJsonNumber(raw)) {
            try {
                return JSON.createValue(new BigDecimal(raw));
            } catch (NumberFormatException e) {
                // Grammatically a number, but the exponent does not fit BigDecimal (1e99999999999).
                throw errors.at("Number " + SyntaxErrors.quote(raw) + " is out of range", token.offset());
            }
        }
        return JSON.createValue(raw);
    }

    static JsonValue string(String value) {
        return JSON.createValue(value);
    }

    /** RFC 8259 number grammar: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    static boolean isJsonNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (isDigit(s.charAt(i))) {
            i = skipDigits(s, i);
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int fractionStart = i + 1;
            i = skipDigits(s, fractionStart);
            if (i == fractionStart) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            i = skipDigits(s, exponentStart);
            if (i == exponentStart) {
                return false;
            }
        }
        return i == n;
    }

    private static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String hex4(char c) {
        return String.format("%04X", (int) c);
    }
}
