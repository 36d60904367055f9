package dev.roster.resolution.carrier;

import java.util.Objects;
import java.util.Optional;

/**
 * A carrier recognised by its marker that names no one: malformed, or empty because no user was signed in.
 * Reported instead of ignored, so that a broken BI configuration shows up as such rather than as
 * {@code no-carrier}.
 *
 * @param kind           which carrier it was meant to be
 * @param statementIndex where it was found
 * @param reason         {@link UnattributedReason#MALFORMED_CARRIER} or {@link UnattributedReason#EMPTY_USER}
 * @param detail         what exactly was wrong, for logs (never the whole carrier text)
 */
public record UnattributedFinding(CarrierKind kind, int statementIndex, UnattributedReason reason, String detail)
        implements CarrierFinding {

    /** Only the reasons a single carrier can have; ambiguity and absence are decided by resolution. */
    public UnattributedFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (reason != UnattributedReason.MALFORMED_CARRIER && reason != UnattributedReason.EMPTY_USER) {
            throw new IllegalArgumentException("not a reason a single carrier can have: " + reason);
        }
    }

    /** A carrier that names no one because no one was signed in; {@code detail} says where that shows. */
    static UnattributedFinding emptyUser(CarrierKind kind, int statementIndex, String detail) {
        return new UnattributedFinding(kind, statementIndex, UnattributedReason.EMPTY_USER, detail);
    }

    /** A carrier that cannot be read; {@code detail} says what is wrong. */
    static UnattributedFinding malformed(CarrierKind kind, int statementIndex, String detail) {
        return new UnattributedFinding(kind, statementIndex, UnattributedReason.MALFORMED_CARRIER, detail);
    }

    @Override
    public Optional<IdentityClaim> claim() {
        return Optional.empty();
    }

    @Override
    public Optional<UnattributedReason> unattributedReason() {
        return Optional.of(reason);
    }
}
