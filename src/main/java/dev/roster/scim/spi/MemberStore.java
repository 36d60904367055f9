package dev.roster.scim.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Group membership as set operations: adding or removing members touches only those members, never the
 * group's others, so a change costs the same in a group of ten as in one of a hundred thousand. A user whose
 * direct memberships change gets a new version ({@code groups} is part of its representation). Every call runs
 * inside the caller's transaction, with the group locked ({@link ResourceStore#findForUpdate}).
 */
public interface MemberStore {

    /**
     * Adds members; each must be a user or group of the same integration (400 {@code invalidValue} otherwise,
     * and when a stated type is wrong or a group would contain itself). Returns the ids that were not members
     * yet, in request order.
     */
    List<String> add(String integrationId, String groupId, Collection<MemberRef> members);

    /** Removes those of the ids that are members; returns the ids removed, in request order. */
    List<String> remove(String groupId, Collection<String> memberIds);

    /** Removes every member of the group; returns how many there were. */
    int removeAll(String groupId);

    /** Makes the member list equal to {@code members}, touching only the members that differ. */
    Diff replace(String integrationId, String groupId, Collection<MemberRef> members);

    /** The members of each group, with type and display name, ordered by id. */
    Map<String, List<MemberRef>> membersOf(Collection<String> groupIds);

    /** The direct and nested groups of each user or group, ordered by display name. */
    Map<String, List<GroupRef>> groupsOf(Collection<String> memberIds);

    /** What a replacement of the member list changed. */
    record Diff(List<String> added, List<String> removed) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }
}
