package dev.roster.platform;

import java.util.function.Function;

/**
 * The names admins give what they create (an integration, a repository, an account, an API key, a receiver): 1 to
 * {@value #MAX_LENGTH} characters once stripped, without control characters, which would break the console and
 * the logs that show them. Each caller refuses a bad name with its own exception, so the rule is kept once while
 * the API, the registry and the streams keep their error formats.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 200;

    private DisplayNames() {}

    /**
     * The stripped name.
     *
     * @param what how the caller names the value in its messages, e.g. {@code name}
     * @param invalid makes the exception thrown for a bad name, from a message saying what is allowed
     */
    public static String require(String value, String what, Function<String, ? extends RuntimeException> invalid) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw invalid.apply(what + " must have 1 to " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid.apply(what + " must not contain control characters");
        }
        return name;
    }
}
