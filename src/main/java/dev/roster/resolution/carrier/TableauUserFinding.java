package dev.roster.resolution.carrier;

import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * Tableau Initial SQL {@code SELECT 'roster.enduser', 'jdoe'}: {@code [TableauServerUser]}, or
 * {@code [TableauServerUserFull]} as {@code DOMAIN\jdoe}, with the domain split off.
 *
 * @param statementIndex where it was found
 * @param userName       the name without any domain
 * @param domain         the part before the last backslash of a {@code DOMAIN\jdoe} value, when there was one
 */
public record TableauUserFinding(int statementIndex, String userName, Optional<String> domain)
        implements CarrierFinding {

    /** Rejects missing parts. */
    public TableauUserFinding {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(domain, "domain");
    }

    /** The name as Tableau sent it: {@code DOMAIN\jdoe}, or just {@code jdoe} without a domain. */
    public String qualifiedName() {
        return domain.map(d -> d + '\\' + userName).orElse(userName);
    }

    @Override
    public CarrierKind kind() {
        return CarrierKind.TABLEAU_ENDUSER;
    }

    @Override
    public Optional<IdentityClaim> claim() {
        JsonObjectBuilder details = JsonBuilders.objectBuilder();
        domain.ifPresent(d -> details.add("domain", d).add("qualifiedName", qualifiedName()));
        return Optional.of(new IdentityClaim(ClaimKeyType.USER_NAME, userName, kind().carrierName(), details.build()));
    }
}
