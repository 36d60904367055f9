package dev.roster.resolution.carrier;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link CarrierResolution#resolve}: who the statement is attributed to, or why no one, and
 * what the caller must remember for the rest of the session.
 *
 * @param claim              the effective identity claim; present exactly when {@code unattributedReason} is not
 * @param unattributedReason why the statement is not attributed
 * @param newSessionCarrier  a session-scoped carrier this statement established (Tableau Initial SQL), to pass
 *                           as the session carrier for the session's later statements; it may itself be an
 *                           {@link UnattributedFinding} (an extract refresh's empty user), which correctly keeps
 *                           those statements unattributed instead of letting them look carrier-less
 */
public record CarrierAttribution(
        Optional<IdentityClaim> claim,
        Optional<UnattributedReason> unattributedReason,
        Optional<CarrierFinding> newSessionCarrier) {

    /**
     * Checks that the outcome is either a claim or a reason, and that only a session-scoped carrier is handed
     * back to be remembered.
     */
    public CarrierAttribution {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(unattributedReason, "unattributedReason");
        Objects.requireNonNull(newSessionCarrier, "newSessionCarrier");
        if (claim.isPresent() == unattributedReason.isPresent()) {
            throw new IllegalArgumentException("exactly one of claim and unattributedReason");
        }
        if (newSessionCarrier.isPresent() && newSessionCarrier.get().scope() != CarrierScope.SESSION) {
            throw new IllegalArgumentException(
                    "not a session-scoped carrier: " + newSessionCarrier.get().kind());
        }
    }

    /** An attributed statement. */
    public static CarrierAttribution attributed(IdentityClaim claim, Optional<CarrierFinding> newSessionCarrier) {
        return new CarrierAttribution(Optional.of(claim), Optional.empty(), newSessionCarrier);
    }

    /** An unattributed statement. */
    public static CarrierAttribution unattributed(
            UnattributedReason reason, Optional<CarrierFinding> newSessionCarrier) {
        return new CarrierAttribution(Optional.empty(), Optional.of(reason), newSessionCarrier);
    }

    /** Whether the statement is attributed to someone. */
    public boolean isAttributed() {
        return claim.isPresent();
    }
}
