package dev.roster.resolution.core;

import dev.roster.json.WireName;
import java.util.Optional;

/**
 * Which directory attribute a user name that a carrier delivers (Tableau's {@code [TableauServerUser]}, a custom
 * application's {@code user}) is matched against. Emails that carriers deliver as emails are always matched by
 * email. Named on the wire {@code userName} and {@code email}.
 */
public enum IdentityKey implements WireName {
    /** SCIM {@code userName}, ignoring case. */
    USER_NAME,
    /** The user's primary (else first) email, ignoring case; more than one match is {@code ambiguous-email}. */
    EMAIL;

    /** The key of a wire name, ignoring case and surrounding blanks; empty for null or none. */
    public static Optional<IdentityKey> fromWire(String value) {
        return value == null ? Optional.empty() : WireName.find(IdentityKey.class, value.strip());
    }
}
