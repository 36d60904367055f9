package dev.roster.scim.service;

import dev.roster.audit.EventOperation;
import dev.roster.changes.DirectoryChange;
import dev.roster.scim.patch.MembershipChange;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.MemberStore;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes of a group's members, as set operations in the store ({@link MemberStore}): the group's member list
 * is never loaded to change it. Each change that added or removed members is logged.
 */
@ApplicationScoped
public class GroupMembers {

    @Inject
    MemberStore memberships;

    @Inject
    ResourceEvents events;

    /** The members of a new group, from its normalised body. */
    public DirectoryChange.MemberChanges addToNew(String integrationId, StoredResource group, List<MemberRef> members) {
        MemberStore.Diff diff = memberships.replace(integrationId, group.id(), members);
        events.membersChanged(integrationId, group, EventOperation.GROUP_MEMBERS_ADDED, diff.added());
        return new DirectoryChange.MemberChanges(diff.added(), List.of(), false);
    }

    /** Applies membership commands in order; returns the members they added and removed. */
    public DirectoryChange.MemberChanges apply(
            String integrationId, StoredResource group, List<MembershipChange> changes) {
        Set<String> allAdded = new LinkedHashSet<>();
        Set<String> allRemoved = new LinkedHashSet<>();
        boolean removedAll = false;
        for (MembershipChange change : changes) {
            if (change instanceof MembershipChange.AddMembers add) {
                List<String> added = memberships.add(integrationId, group.id(), add.members());
                if (!added.isEmpty()) {
                    allRemoved.removeAll(added);
                    allAdded.addAll(added);
                    events.membersChanged(integrationId, group, EventOperation.GROUP_MEMBERS_ADDED, added);
                }
            } else if (change instanceof MembershipChange.RemoveMembers remove) {
                List<String> removed = memberships.remove(group.id(), remove.ids());
                if (!removed.isEmpty()) {
                    allAdded.removeAll(removed);
                    allRemoved.addAll(removed);
                    events.membersChanged(integrationId, group, EventOperation.GROUP_MEMBERS_REMOVED, removed);
                }
            } else if (change instanceof MembershipChange.RemoveAllMembers) {
                if (memberships.removeAll(group.id()) > 0) {
                    allAdded.clear();
                    allRemoved.clear();
                    removedAll = true;
                    events.membersChanged(integrationId, group, EventOperation.GROUP_MEMBERS_REMOVED, List.of("*"));
                }
            } else if (change instanceof MembershipChange.ReplaceMembers replace) {
                MemberStore.Diff diff = memberships.replace(integrationId, group.id(), replace.members());
                if (!diff.added().isEmpty()) {
                    allRemoved.removeAll(diff.added());
                    allAdded.addAll(diff.added());
                    events.membersChanged(integrationId, group, EventOperation.GROUP_MEMBERS_ADDED, diff.added());
                }
                if (!diff.removed().isEmpty()) {
                    allAdded.removeAll(diff.removed());
                    allRemoved.addAll(diff.removed());
                    events.membersChanged(integrationId, group, EventOperation.GROUP_MEMBERS_REMOVED, diff.removed());
                }
            }
        }
        return new DirectoryChange.MemberChanges(List.copyOf(allAdded), List.copyOf(allRemoved), removedAll);
    }

    /** Members of a normalised body ({@code value} required, {@code type} canonical or absent); none for null. */
    static List<MemberRef> of(JsonArray members) {
        if (members == null) {
            return List.of();
        }
        List<MemberRef> refs = new ArrayList<>();
        for (JsonValue element : members) {
            JsonObject member = element.asJsonObject();
            refs.add(MemberRef.of(
                    member.getString("value"), member.getString("type", null), member.getString("display", null)));
        }
        return refs;
    }
}
