package dev.roster.resolution.carrier;

import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * Tableau Initial SQL {@code SELECT 'roster.email', 'jane@example.com'}, for Tableau sites whose user names
 * are sign-in emails (Tableau Cloud).
 *
 * @param statementIndex where it was found
 * @param email          the address, trimmed
 */
public record TableauEmailFinding(int statementIndex, String email) implements CarrierFinding {

    /** Rejects a missing email. */
    public TableauEmailFinding {
        Objects.requireNonNull(email, "email");
    }

    @Override
    public CarrierKind kind() {
        return CarrierKind.TABLEAU_EMAIL;
    }

    @Override
    public Optional<IdentityClaim> claim() {
        return Optional.of(
                new IdentityClaim(ClaimKeyType.EMAIL, email, kind().carrierName(), JsonValue.EMPTY_JSON_OBJECT));
    }
}
