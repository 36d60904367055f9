package dev.roster.resolution.carrier;

import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which identity claim is in force for a statement, from the carriers found in it and the session's
 * remembered carrier:
 * <ol>
 *   <li>Statement-scoped carriers (Looker, custom comments) win over session ones: they were written for this
 *       very statement, whereas a connection's Initial SQL ran long before.</li>
 *   <li>Among statement-scoped carriers, usable claims win over unusable ones; if they name different people
 *       the statement is {@code ambiguous-carrier}, with one exception: Looker's context comment and an email
 *       comment (the email user attribute in the SQL preamble) both come from the same Looker query and
 *       complement each other, so the email claim wins and keeps the Looker user id and instance among its
 *       details.</li>
 *   <li>If every statement-scoped carrier is unusable, the statement is unattributed with the first one's reason;
 *       it does not fall back to the session, since the statement explicitly tried to name someone else.</li>
 *   <li>Otherwise the last session-scoped carrier of the statement, else the remembered one, decides; an empty
 *       Tableau user stays {@code empty-user} for the whole session.</li>
 *   <li>With no carrier at all: {@code no-carrier}.</li>
 * </ol>
 * Stateless; the caller keeps the session's carrier ({@link CarrierAttribution#newSessionCarrier()}).
 */
public final class CarrierResolution {

    private CarrierResolution() {}

    /**
     * Resolves one statement.
     *
     * @param statementFindings the carriers of the statement as it was submitted (a text holding several
     *                          {@code ;}-separated statements counts as one), normally
     *                          {@link CarrierScan#findings()}
     * @param sessionCarrier    the session-scoped carrier remembered from the session's earlier statements
     * @return the claim or the reason there is none, and any session carrier to remember from now on
     * @throws IllegalArgumentException if {@code sessionCarrier} is not session-scoped
     */
    public static CarrierAttribution resolve(
            List<CarrierFinding> statementFindings, Optional<CarrierFinding> sessionCarrier) {
        Objects.requireNonNull(statementFindings, "statementFindings");
        Objects.requireNonNull(sessionCarrier, "sessionCarrier");
        if (sessionCarrier.isPresent() && sessionCarrier.get().scope() != CarrierScope.SESSION) {
            throw new IllegalArgumentException(
                    "not a session-scoped carrier: " + sessionCarrier.get().kind());
        }
        Optional<CarrierFinding> newSessionCarrier = Optional.empty();
        List<CarrierFinding> statementCarriers = new ArrayList<>();
        for (CarrierFinding finding : statementFindings) {
            if (finding.scope() == CarrierScope.SESSION) {
                // Initial SQL statements run in order, so a later one replaces an earlier one.
                newSessionCarrier = Optional.of(finding);
            } else {
                statementCarriers.add(finding);
            }
        }
        if (!statementCarriers.isEmpty()) {
            return fromStatementCarriers(statementCarriers, newSessionCarrier);
        }
        Optional<CarrierFinding> session = newSessionCarrier.or(() -> sessionCarrier);
        if (session.isEmpty()) {
            return CarrierAttribution.unattributed(UnattributedReason.NO_CARRIER, newSessionCarrier);
        }
        return fromSingle(session.get(), newSessionCarrier);
    }

    private static CarrierAttribution fromStatementCarriers(
            List<CarrierFinding> carriers, Optional<CarrierFinding> newSessionCarrier) {
        List<IdentityClaim> claims = distinctClaims(carriers);
        if (claims.isEmpty()) {
            return fromSingle(carriers.get(0), newSessionCarrier);
        }
        if (claims.size() == 1) {
            return CarrierAttribution.attributed(claims.get(0), newSessionCarrier);
        }
        return lookerEmailWithContext(claims)
                .map(claim -> CarrierAttribution.attributed(claim, newSessionCarrier))
                .orElseGet(
                        () -> CarrierAttribution.unattributed(UnattributedReason.AMBIGUOUS_CARRIER, newSessionCarrier));
    }

    private static CarrierAttribution fromSingle(CarrierFinding carrier, Optional<CarrierFinding> newSessionCarrier) {
        Optional<IdentityClaim> claim = carrier.claim();
        return claim.isPresent()
                ? CarrierAttribution.attributed(claim.get(), newSessionCarrier)
                : CarrierAttribution.unattributed(carrier.unattributedReason().orElseThrow(), newSessionCarrier);
    }

    /** The claims in order, keeping only the first of several that name the same identity. */
    private static List<IdentityClaim> distinctClaims(List<CarrierFinding> carriers) {
        List<IdentityClaim> distinct = new ArrayList<>();
        for (CarrierFinding carrier : carriers) {
            carrier.claim()
                    .filter(claim -> distinct.stream().noneMatch(claim::namesSameIdentityAs))
                    .ifPresent(distinct::add);
        }
        return distinct;
    }

    /**
     * Exactly one Looker context and one email comment: the email is directly resolvable, whereas the Looker
     * user id needs the Looker API, so the email leads and the id rides along as {@code lookerUserId}.
     */
    private static Optional<IdentityClaim> lookerEmailWithContext(List<IdentityClaim> claims) {
        if (claims.size() != 2) {
            return Optional.empty();
        }
        Optional<IdentityClaim> email = withCarrier(claims, CarrierKind.LOOKER_EMAIL);
        Optional<IdentityClaim> context = withCarrier(claims, CarrierKind.LOOKER_CONTEXT);
        if (email.isEmpty() || context.isEmpty()) {
            return Optional.empty();
        }
        JsonObjectBuilder details = JsonBuilders.objectBuilder(context.get().details())
                .add("lookerUserId", Long.parseLong(context.get().value()));
        return Optional.of(new IdentityClaim(
                ClaimKeyType.EMAIL, email.get().value(), email.get().carrier(), details.build()));
    }

    private static Optional<IdentityClaim> withCarrier(List<IdentityClaim> claims, CarrierKind kind) {
        return claims.stream()
                .filter(claim -> claim.carrier().equals(kind.carrierName()))
                .findFirst();
    }
}
