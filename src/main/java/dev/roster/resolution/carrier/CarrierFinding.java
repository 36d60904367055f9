package dev.roster.resolution.carrier;

import java.util.Optional;

/**
 * One identity carrier found in a SQL text by {@link CarrierParser}. A well-formed carrier offers an
 * {@link #claim()}; a carrier that was recognised by its marker but could not be used is an
 * {@link UnattributedFinding} with its reason, so that it is reported rather than silently dropped.
 */
public sealed interface CarrierFinding
        permits LookerContextFinding, EmailFinding, TableauUserFinding, CustomContextFinding, UnattributedFinding {

    /** Which carrier form this is. */
    CarrierKind kind();

    /** The 0-based index of the statement it was found in: the number of {@code ;} before it in the text. */
    int statementIndex();

    /** How long the claim holds: {@link CarrierScope#STATEMENT} or {@link CarrierScope#SESSION}. */
    default CarrierScope scope() {
        return kind().scope();
    }

    /** The identity this carrier names; empty exactly when {@link #unattributedReason()} is present. */
    Optional<IdentityClaim> claim();

    /** Why this carrier names no one; empty for a usable carrier. */
    default Optional<UnattributedReason> unattributedReason() {
        return Optional.empty();
    }
}
