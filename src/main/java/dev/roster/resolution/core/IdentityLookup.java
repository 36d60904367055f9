package dev.roster.resolution.core;

import dev.roster.scim.spi.GroupRef;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of looking one key up in one integration's directory.
 *
 * @param outcome     found, unknown or ambiguous
 * @param user        the user when found
 * @param memberships the user's groups, direct and nested, sorted by name; empty for an inactive user and when
 *                    groups were not asked for
 */
public record IdentityLookup(Outcome outcome, DirectoryUser user, List<GroupRef> memberships) {

    public enum Outcome {
        FOUND,
        UNKNOWN,
        AMBIGUOUS
    }

    public static final IdentityLookup UNKNOWN = new IdentityLookup(Outcome.UNKNOWN, null, List.of());
    public static final IdentityLookup AMBIGUOUS = new IdentityLookup(Outcome.AMBIGUOUS, null, List.of());

    public IdentityLookup {
        Objects.requireNonNull(outcome, "outcome");
        memberships = List.copyOf(memberships);
        if ((outcome == Outcome.FOUND) != (user != null)) {
            throw new IllegalArgumentException("a user exactly when found");
        }
    }

    public static IdentityLookup found(DirectoryUser user, List<GroupRef> memberships) {
        return new IdentityLookup(Outcome.FOUND, user, user.active() ? memberships : List.of());
    }

    /** The group names, in order. */
    public List<String> groupNames() {
        return memberships.stream().map(GroupRef::display).toList();
    }
}
