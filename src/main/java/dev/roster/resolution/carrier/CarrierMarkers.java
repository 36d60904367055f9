package dev.roster.resolution.carrier;

import java.util.Locale;
import java.util.Objects;

/**
 * The marker names that identify carriers, configurable per database account (a Looker instance whose comment
 * was renamed, a Tableau site with its own marker). Immutable; change one name with the {@code with…} methods.
 * All markers match ignoring case.
 *
 * @param lookerContext the prefix of Looker's context comment; default {@value #DEFAULT_LOOKER_CONTEXT}
 * @param email         the prefix of an email comment ({@code -- roster.email: …}) and the marker literal of
 *                      Tableau's email Initial SQL ({@code SELECT 'roster.email', …}); default
 *                      {@value #DEFAULT_EMAIL}
 * @param endUser       the marker literal of Tableau's user-name Initial SQL; default {@value #DEFAULT_END_USER}
 * @param customContext the prefix of a custom application's context comment; default
 *                      {@value #DEFAULT_CUSTOM_CONTEXT}
 */
public record CarrierMarkers(String lookerContext, String email, String endUser, String customContext) {

    /** Looker's own name for its comment. */
    public static final String DEFAULT_LOOKER_CONTEXT = "Looker Query Context";
    /** The email marker, in comments and in Tableau Initial SQL. */
    public static final String DEFAULT_EMAIL = "roster.email";
    /** The user-name marker in Tableau Initial SQL. */
    public static final String DEFAULT_END_USER = "roster.enduser";
    /** The custom application comment's marker. */
    public static final String DEFAULT_CUSTOM_CONTEXT = "RosterContext";

    /** Longer names are a configuration mistake, and capping them bounds the per-comment work. */
    public static final int MAX_MARKER_LENGTH = 128;

    private static final CarrierMarkers DEFAULTS =
            new CarrierMarkers(DEFAULT_LOOKER_CONTEXT, DEFAULT_EMAIL, DEFAULT_END_USER, DEFAULT_CUSTOM_CONTEXT);

    /**
     * Checks that every name can be matched unambiguously.
     *
     * @throws IllegalArgumentException if a name is blank, too long, has surrounding whitespace or a control
     *                                  character, contains a comment delimiter, or two comment markers (or
     *                                  the two Initial SQL markers) are equal ignoring case
     */
    public CarrierMarkers {
        requireUsable("lookerContext", lookerContext);
        requireUsable("email", email);
        requireUsable("endUser", endUser);
        requireUsable("customContext", customContext);
        requireDistinct(lookerContext, email);
        requireDistinct(lookerContext, customContext);
        requireDistinct(email, customContext);
        requireDistinct(email, endUser);
    }

    /**
     * The default names: {@code Looker Query Context}, {@code roster.email}, {@code roster.enduser},
     * {@code RosterContext}.
     */
    public static CarrierMarkers defaults() {
        return DEFAULTS;
    }

    /** A copy with another Looker context comment prefix. */
    public CarrierMarkers withLookerContext(String name) {
        return new CarrierMarkers(name, email, endUser, customContext);
    }

    /** A copy with another email marker. */
    public CarrierMarkers withEmail(String name) {
        return new CarrierMarkers(lookerContext, name, endUser, customContext);
    }

    /** A copy with another Tableau user-name marker. */
    public CarrierMarkers withEndUser(String name) {
        return new CarrierMarkers(lookerContext, email, name, customContext);
    }

    /** A copy with another custom context comment prefix. */
    public CarrierMarkers withCustomContext(String name) {
        return new CarrierMarkers(lookerContext, email, endUser, name);
    }

    private static void requireUsable(String role, String name) {
        Objects.requireNonNull(name, role);
        if (name.isBlank() || name.length() > MAX_MARKER_LENGTH) {
            throw new IllegalArgumentException(role + " marker must have 1 to " + MAX_MARKER_LENGTH + " characters");
        }
        if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            throw new IllegalArgumentException(role + " marker must not start or end with whitespace");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            // A line break would end a -- comment in the middle of the marker.
            throw new IllegalArgumentException(role + " marker must not contain control characters");
        }
        if (name.contains("*/") || name.contains("/*") || name.contains("--")) {
            throw new IllegalArgumentException(role + " marker must not contain a comment delimiter");
        }
    }

    private static void requireDistinct(String a, String b) {
        if (a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("markers must differ: '" + a + "' and '" + b + "'");
        }
    }
}
