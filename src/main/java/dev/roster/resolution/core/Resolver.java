package dev.roster.resolution.core;

import dev.roster.resolution.carrier.CarrierAttribution;
import dev.roster.resolution.carrier.CarrierFinding;
import dev.roster.resolution.carrier.CarrierResolution;
import dev.roster.resolution.carrier.ClaimKeyType;
import dev.roster.resolution.carrier.IdentityClaim;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolution without infrastructure: carriers → identity claim → directory lookup → groups. The directory, the
 * Looker mapping and the session store are interfaces, so the logic is tested with fakes; the application wires
 * the cached, database-backed implementations in.
 *
 * <ol>
 *   <li>The statements are a session's statements in the order sent. Each is parsed with the account's markers;
 *       carriers of forms the account's application does not use are ignored. A session-scoped carrier (Tableau
 *       Initial SQL) holds for the later statements of the request and, with a session id, of later requests
 *       (remembered in {@link SessionCarriers}). The answer is for the last statement.</li>
 *   <li>A claim by user name is looked up by the account's identity key; by email, by email; a Looker user id is
 *       first mapped to an email ({@link LookerUsers}).</li>
 *   <li>An inactive user is unattributed ({@code inactive-user}) but named, without groups; groups are only read
 *       when the account retrieves them.</li>
 * </ol>
 * Thread-safe when its collaborators are.
 */
public final class Resolver {

    private final Directory directory;
    private final LookerUsers looker;
    private final SessionCarriers sessions;

    public Resolver(Directory directory, LookerUsers looker, SessionCarriers sessions) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.looker = Objects.requireNonNull(looker, "looker");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /**
     * Resolves the last of {@code statements}.
     *
     * @param sessionId the database session the statements belong to, or null when the caller does not track
     *                  sessions (then Initial SQL holds only within this request)
     */
    public Resolution resolve(AccountConfig account, String sessionId, List<String> statements) {
        CarrierAttribution attribution = attribute(account, sessionId, statements);
        if (!attribution.isAttributed()) {
            return Resolution.unattributed(
                    attribution.unattributedReason().orElseThrow().code(), null);
        }
        return identify(account, attribution.claim().orElseThrow());
    }

    /** Carriers only: which claim holds for the last statement, remembering any new session carrier. */
    CarrierAttribution attribute(AccountConfig account, String sessionId, List<String> statements) {
        Optional<CarrierFinding> established = Optional.empty();
        Optional<CarrierFinding> stored = null;
        CarrierAttribution last = null;
        List<String> texts = statements.isEmpty() ? List.of("") : statements;
        for (String sql : texts) {
            List<CarrierFinding> findings =
                    accepted(account, account.parser().parse(sql).findings());
            Optional<CarrierFinding> sessionCarrier = established;
            if (sessionCarrier.isEmpty() && findings.isEmpty() && sessionId != null) {
                // Only a statement without carriers of its own needs the session's; most never ask the store.
                if (stored == null) {
                    stored = sessions.get(account.id(), sessionId);
                }
                sessionCarrier = stored;
            }
            last = CarrierResolution.resolve(findings, sessionCarrier);
            if (last.newSessionCarrier().isPresent()) {
                established = last.newSessionCarrier();
            }
        }
        if (established.isPresent() && sessionId != null) {
            sessions.put(account.id(), sessionId, established.get());
        }
        return last;
    }

    private static List<CarrierFinding> accepted(AccountConfig account, List<CarrierFinding> findings) {
        if (findings.isEmpty()) {
            return findings;
        }
        List<CarrierFinding> accepted = new ArrayList<>(findings.size());
        for (CarrierFinding finding : findings) {
            if (account.application().accepts(finding.kind())) {
                accepted.add(finding);
            }
        }
        return accepted;
    }

    /** The directory user behind a claim. */
    Resolution identify(AccountConfig account, IdentityClaim claim) {
        IdentityLookup lookup;
        if (claim.keyType() == ClaimKeyType.LOOKER_USER_ID) {
            LookerUsers.LookerEmail mapped = looker.emailOf(account, Long.parseLong(claim.value()));
            Optional<String> problem = lookerProblem(mapped);
            if (problem.isPresent()) {
                return Resolution.unattributed(problem.get(), claim);
            }
            lookup = directory.byEmail(account.integrationId(), lower(mapped.email()), account.retrieveGroups());
        } else if (claim.keyType() == ClaimKeyType.EMAIL) {
            Optional<String> mismatch = crossCheckLookerEmail(account, claim);
            if (mismatch.isPresent()) {
                return Resolution.unattributed(mismatch.get(), claim);
            }
            lookup = directory.byEmail(account.integrationId(), lower(claim.value()), account.retrieveGroups());
        } else if (account.identityKey() == IdentityKey.EMAIL) {
            lookup = directory.byEmail(account.integrationId(), lower(claim.value()), account.retrieveGroups());
        } else {
            lookup = directory.byUserName(account.integrationId(), lower(claim.value()), account.retrieveGroups());
        }
        switch (lookup.outcome()) {
            case UNKNOWN:
                return Resolution.unattributed(UnattributedReasons.UNKNOWN_USER, claim);
            case AMBIGUOUS:
                return Resolution.unattributed(UnattributedReasons.AMBIGUOUS_EMAIL, claim);
            default:
                DirectoryUser user = lookup.user();
                if (!user.active()) {
                    return Resolution.inactive(user, claim);
                }
                return Resolution.attributed(user, account.retrieveGroups() ? lookup.groupNames() : List.of(), claim);
        }
    }

    /**
     * Looker's context comment and an email comment in one statement resolve by the email, keeping the Looker user
     * id ({@code lookerUserId}). Where the repository can map Looker ids, the two must agree: an email comment
     * typed into SQL Runner next to Looker's own context must not let a user act as someone else.
     */
    private Optional<String> crossCheckLookerEmail(AccountConfig account, IdentityClaim claim) {
        JsonValue lookerUserId = claim.details().get("lookerUserId");
        if (!(lookerUserId instanceof JsonNumber number)) {
            return Optional.empty();
        }
        LookerUsers.LookerEmail mapped = looker.emailOf(account, number.longValue());
        switch (mapped.status()) {
            case NOT_CONFIGURED:
                return Optional.empty();
            case FOUND:
                return mapped.email().equalsIgnoreCase(claim.value())
                        ? Optional.empty()
                        : Optional.of(UnattributedReasons.CARRIER_MISMATCH);
            default:
                return lookerProblem(mapped);
        }
    }

    private static Optional<String> lookerProblem(LookerUsers.LookerEmail mapped) {
        switch (mapped.status()) {
            case FOUND:
                return Optional.empty();
            case UNKNOWN:
                return Optional.of(UnattributedReasons.UNKNOWN_LOOKER_USER);
            case NOT_CONFIGURED:
                return Optional.of(UnattributedReasons.NO_LOOKER_MAPPING);
            default:
                return Optional.of(UnattributedReasons.LOOKER_UNAVAILABLE);
        }
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
