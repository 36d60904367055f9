package dev.roster.json;

/**
 * Follows how deep JSON arrays and objects nest, one character at a time, without parsing: brackets inside
 * strings do not count, and a backslash in a string hides the character after it. It takes UTF-8 bytes as
 * well as chars: every byte of a multi-byte character is 0x80 or above, so none is mistaken for a bracket, a
 * quote or a backslash. Malformed text is not detected; a closing bracket too many makes the depth negative.
 */
public final class JsonDepth {

    private int depth;
    private boolean inString;
    private boolean escaped;

    /** Takes the next character (or UTF-8 byte) and answers the depth after it. */
    public int after(int c) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            depth++;
        } else if (c == ']' || c == '}') {
            depth--;
        }
        return depth;
    }
}
