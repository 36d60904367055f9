package dev.roster.scim.filter;

import dev.roster.scim.error.ScimException;

/**
 * Builds the client-facing error for a syntax problem. Filters and PATCH paths share the tokenizer and
 * parser; only the scimType and the noun in the message differ. Every positional message ends with
 * {@code at position N}, N being the 0-based character index in the input.
 */
enum SyntaxErrors {
    FILTER("filter") {
        @Override
        ScimException create(String detail) {
            return ScimException.invalidFilter(detail);
        }
    },
    PATH("path") {
        @Override
        ScimException create(String detail) {
            return ScimException.invalidPath(detail);
        }
    };

    /** Longest piece of client input quoted back in a message; a 10,000-character token helps nobody. */
    private static final int MAX_QUOTED = 40;

    private final String subject;

    SyntaxErrors(String subject) {
        this.subject = subject;
    }

    abstract ScimException create(String detail);

    /** {@code problem at position N}. */
    ScimException at(String problem, int position) {
        return create(problem + " at position " + position);
    }

    /** "filter" or "path", for messages such as "Unexpected end of filter". */
    String subject() {
        return subject;
    }

    /** Quotes client input for a message, shortened so details stay readable. */
    static String quote(String text) {
        String shown = text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
        return "'" + shown + "'";
    }
}
