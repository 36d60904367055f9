package dev.roster.resolution.carrier;

import java.util.Objects;

/**
 * Tableau Initial SQL {@code SELECT 'roster.email', 'jane@example.com'}, for Tableau sites whose user names
 * are sign-in emails (Tableau Cloud).
 *
 * @param statementIndex where it was found
 * @param email          the address, trimmed
 */
public record TableauEmailFinding(int statementIndex, String email) implements EmailFinding {

    /** Rejects a missing email. */
    public TableauEmailFinding {
        Objects.requireNonNull(email, "email");
    }

    @Override
    public CarrierKind kind() {
        return CarrierKind.TABLEAU_EMAIL;
    }
}
