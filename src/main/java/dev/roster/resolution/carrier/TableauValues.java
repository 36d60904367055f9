package dev.roster.resolution.carrier;

import java.util.Optional;

/** Turns the value literal of a Tableau marker statement into a finding. */
final class TableauValues {

    private TableauValues() {}

    /**
     * The finding for {@code SELECT '<marker>', '<value>'}: an empty value means no one was signed in (an
     * extract refresh); a {@code DOMAIN\jdoe} value from {@code [TableauServerUserFull]} is split at its last
     * backslash.
     *
     * @param kind           {@link CarrierKind#TABLEAU_ENDUSER} or {@link CarrierKind#TABLEAU_EMAIL}
     * @param value          the value's string literal token
     * @param statementIndex where the statement was
     */
    static CarrierFinding finding(CarrierKind kind, SqlToken value, int statementIndex) {
        try {
            if (value.unterminated()) {
                throw new CarrierFormatException("Initial SQL value literal is not closed");
            }
            String text = value.text().strip();
            if (kind == CarrierKind.TABLEAU_EMAIL) {
                return text.isEmpty()
                        ? empty(kind, statementIndex)
                        : EmailFinding.tableau(statementIndex, IdentityValues.requireEmail(text, "Initial SQL email"));
            }
            int backslash = text.lastIndexOf('\\');
            String userName = text.substring(backslash + 1).strip();
            if (userName.isEmpty()) {
                return empty(kind, statementIndex);
            }
            IdentityValues.requireName(userName, "Initial SQL user name");
            String domain = backslash < 0 ? "" : text.substring(0, backslash).strip();
            if (!domain.isEmpty()) {
                IdentityValues.requireName(domain, "Initial SQL domain");
            }
            return new TableauUserFinding(
                    statementIndex, userName, domain.isEmpty() ? Optional.empty() : Optional.of(domain));
        } catch (CarrierFormatException e) {
            return UnattributedFinding.malformed(kind, statementIndex, e.getMessage());
        }
    }

    private static UnattributedFinding empty(CarrierKind kind, int statementIndex) {
        return UnattributedFinding.emptyUser(
                kind, statementIndex, "Initial SQL with an empty user: no one was signed in, as in an extract refresh");
    }
}
