package dev.roster.resolution.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Which directory attribute a user name that a carrier delivers (Tableau's {@code [TableauServerUser]}, a custom
 * application's {@code user}) is matched against. Emails that carriers deliver as emails are always matched by
 * email.
 */
public enum IdentityKey {
    /** SCIM {@code userName}, ignoring case. */
    USER_NAME("userName"),
    /** The user's primary (else first) email, ignoring case; more than one match is {@code ambiguous-email}. */
    EMAIL("email");

    private final String wireName;

    IdentityKey(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<IdentityKey> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (IdentityKey key : values()) {
            if (key.wireName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
