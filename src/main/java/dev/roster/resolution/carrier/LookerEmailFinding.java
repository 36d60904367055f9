package dev.roster.resolution.carrier;

import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * An email carried in a comment such as {@code -- roster.email: jane@example.com}, which a Looker connection's
 * SQL preamble writes from the {@code email} user attribute.
 *
 * @param statementIndex where it was found
 * @param email          the address, trimmed
 */
public record LookerEmailFinding(int statementIndex, String email) implements CarrierFinding {

    /** Rejects a missing email. */
    public LookerEmailFinding {
        Objects.requireNonNull(email, "email");
    }

    @Override
    public CarrierKind kind() {
        return CarrierKind.LOOKER_EMAIL;
    }

    @Override
    public Optional<IdentityClaim> claim() {
        return Optional.of(
                new IdentityClaim(ClaimKeyType.EMAIL, email, kind().carrierName(), JsonValue.EMPTY_JSON_OBJECT));
    }
}
