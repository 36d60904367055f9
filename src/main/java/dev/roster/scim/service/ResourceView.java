package dev.roster.scim.service;

import dev.roster.scim.spi.GroupRef;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.StoredResource;
import java.util.List;

/**
 * A stored resource ready to render, with its memberships when they were asked for: a user's {@code groups},
 * a group's {@code members} (empty when not read, and always for the other type).
 */
public record ResourceView(ResourceType type, StoredResource resource, List<GroupRef> groups, List<MemberRef> members) {

    public ResourceView {
        groups = List.copyOf(groups);
        members = List.copyOf(members);
    }

    /** The resource without its memberships. */
    public static ResourceView of(ResourceType type, StoredResource resource) {
        return new ResourceView(type, resource, List.of(), List.of());
    }
}
