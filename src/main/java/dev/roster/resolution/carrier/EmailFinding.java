package dev.roster.resolution.carrier;

import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier that names its person by email and says nothing else: Looker's email comment
 * ({@code -- roster.email: jane@example.com}, written by a Looker connection's SQL preamble from the {@code email}
 * user attribute) and Tableau's email Initial SQL ({@code SELECT 'roster.email', 'jane@example.com'}, for sites
 * whose user names are sign-in emails, such as Tableau Cloud) differ only in where they are found and how long
 * they hold, which their kind says.
 *
 * @param kind           {@link CarrierKind#LOOKER_EMAIL} or {@link CarrierKind#TABLEAU_EMAIL}
 * @param statementIndex where it was found
 * @param email          the address, trimmed
 */
public record EmailFinding(CarrierKind kind, int statementIndex, String email) implements CarrierFinding {

    /** Rejects a missing email and a kind that does not carry one. */
    public EmailFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(email, "email");
        if (kind != CarrierKind.LOOKER_EMAIL && kind != CarrierKind.TABLEAU_EMAIL) {
            throw new IllegalArgumentException("not an email carrier: " + kind);
        }
    }

    /** Looker's email comment. */
    public static EmailFinding looker(int statementIndex, String email) {
        return new EmailFinding(CarrierKind.LOOKER_EMAIL, statementIndex, email);
    }

    /** Tableau's email Initial SQL. */
    public static EmailFinding tableau(int statementIndex, String email) {
        return new EmailFinding(CarrierKind.TABLEAU_EMAIL, statementIndex, email);
    }

    @Override
    public Optional<IdentityClaim> claim() {
        return Optional.of(
                new IdentityClaim(ClaimKeyType.EMAIL, email, kind.carrierName(), JsonValue.EMPTY_JSON_OBJECT));
    }
}
