package dev.roster.resolution.carrier;

import java.util.Objects;

/**
 * An email carried in a comment such as {@code -- roster.email: jane@example.com}, which a Looker connection's
 * SQL preamble writes from the {@code email} user attribute.
 *
 * @param statementIndex where it was found
 * @param email          the address, trimmed
 */
public record LookerEmailFinding(int statementIndex, String email) implements EmailFinding {

    /** Rejects a missing email. */
    public LookerEmailFinding {
        Objects.requireNonNull(email, "email");
    }

    @Override
    public CarrierKind kind() {
        return CarrierKind.LOOKER_EMAIL;
    }
}
