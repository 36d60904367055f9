package dev.roster.scim.patch;

import dev.roster.scim.spi.MemberRef;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A change to a Group's members, for the store to apply as set operations on the membership table. Group
 * {@code members} are never part of the group document: adding one member must not load the others.
 * Changes are listed in request order and must be applied in that order (a replace followed by an add
 * differs from the reverse).
 */
public sealed interface MembershipChange {

    /** Add these members; ids that are already members are left as they are (set semantics). */
    record AddMembers(List<MemberRef> members) implements MembershipChange {
        public AddMembers {
            members = List.copyOf(members);
        }
    }

    /** Remove these member ids; ids that are not members are ignored (IdPs remove members already gone). */
    record RemoveMembers(Set<String> ids) implements MembershipChange {
        public RemoveMembers {
            // Keep request order so logs and tests read naturally; equality is still set equality.
            ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        }
    }

    /** Remove every member. */
    record RemoveAllMembers() implements MembershipChange {}

    /** Make the member list exactly this (possibly empty) list. */
    record ReplaceMembers(List<MemberRef> members) implements MembershipChange {
        public ReplaceMembers {
            members = List.copyOf(members);
        }
    }
}
