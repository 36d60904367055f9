package dev.roster.json;

/**
 * Refuses request bodies that nest JSON arrays and objects deeper than {@link #MAX_DEPTH} levels, in one pass over
 * the bytes before a JSON parser sees them. Parsers build nested values recursively, and the JSON-P provider
 * Payara ships answers 1,000 levels with a plain {@code RuntimeException}: without this check, 10,000 nested
 * arrays were a 500 with a thousand lines of stack trace in the server log per request.
 *
 * <p>Brackets inside strings do not count ({@link JsonDepth}). Malformed JSON that stays shallow passes and is
 * left to the parser to reject with its position.
 */
public final class JsonNesting {

    /** Deepest nesting accepted; SCIM resources, PATCH and Bulk bodies and the admin API's bodies need under 10. */
    public static final int MAX_DEPTH = 64;

    private JsonNesting() {}

    /** Thrown for a body nested deeper than {@link #MAX_DEPTH}; each API answers it in its own error format. */
    public static final class TooDeepException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooDeepException() {
            super("The JSON body nests arrays and objects deeper than " + MAX_DEPTH + " levels", null, false, false);
        }
    }

    /**
     * @throws TooDeepException when {@code json} nests deeper than {@link #MAX_DEPTH}
     */
    public static void check(byte[] json) {
        JsonDepth depth = new JsonDepth();
        for (byte b : json) {
            if (depth.after(b) > MAX_DEPTH) {
                throw new TooDeepException();
            }
        }
    }
}
