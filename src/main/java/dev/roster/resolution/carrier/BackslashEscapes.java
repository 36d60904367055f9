package dev.roster.resolution.carrier;

/**
 * Decodes one backslash escape of a PostgreSQL {@code E'…'} string: {@code \b \f \n \r \t}, octal
 * {@code \o} to {@code \ooo}, hex {@code \xh} to {@code \xhh}, and Unicode as backslash-u with four hex
 * digits or backslash-U with eight; any other character stands for itself ({@code \'}, {@code \\}). Each
 * escape reads at most nine characters, which keeps the scanner linear.
 */
final class BackslashEscapes {

    private BackslashEscapes() {}

    /**
     * Appends the character(s) the escape stands for.
     *
     * @param text  the SQL text
     * @param index the index just after the backslash; less than {@code limit}
     * @param limit how far the text may be read
     * @param out   where the decoded character goes
     * @return the index just after the escape
     */
    static int decode(String text, int index, int limit, StringBuilder out) {
        char c = text.charAt(index);
        return switch (c) {
            case 'x' -> digits(text, index + 1, limit, 16, 1, 2, out, c);
            case 'u' -> digits(text, index + 1, limit, 16, 4, 4, out, c);
            case 'U' -> digits(text, index + 1, limit, 16, 8, 8, out, c);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> digits(text, index, limit, 8, 1, 3, out, c);
            default -> {
                out.append(singleCharacter(c));
                yield index + 1;
            }
        };
    }

    /** What {@code \c} stands for when it is no number: a control character for b, f, n, r, t, else c itself. */
    private static char singleCharacter(char c) {
        return switch (c) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> c;
        };
    }

    /**
     * Reads between {@code min} and {@code max} ASCII digits as a code point. With too few digits or an
     * invalid code point the escape letter stands for itself and the digits are read as ordinary characters;
     * the database would reject such a literal, so being exact here buys nothing.
     */
    private static int digits(
            String text, int from, int limit, int radix, int min, int max, StringBuilder out, char escapeLetter) {
        int codePoint = 0;
        int p = from;
        while (p < limit && p - from < max && digitValue(text.charAt(p), radix) >= 0) {
            codePoint = codePoint * radix + digitValue(text.charAt(p), radix);
            p++;
        }
        if (p - from < min || !Character.isValidCodePoint(codePoint)) {
            out.append(escapeLetter);
            return from;
        }
        out.appendCodePoint(codePoint);
        return p;
    }

    private static int digitValue(char c, int radix) {
        return c < 0x80 ? Character.digit(c, radix) : -1;
    }
}
