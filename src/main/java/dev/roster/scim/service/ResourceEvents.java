package dev.roster.scim.service;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.changes.DirectoryChange;
import dev.roster.json.CachedJson;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * The provisioning-log entries of SCIM writes, fired in the write's transaction. A user is logged under its
 * userName, a group under its displayName. An update that changed no version logs nothing; one that changed
 * {@code active} is a deactivation or reactivation, and one that changed a group's name a rename.
 */
@ApplicationScoped
public class ResourceEvents {

    /** Member ids listed in one entry; the count says how many changed. */
    private static final int MAX_LISTED_MEMBERS = 100;

    @Inject
    Event<ProvisioningEvent> events;

    @Inject
    Event<DirectoryChange> changes;

    public void created(String integrationId, ResourceType type, StoredResource created) {
        fire(
                integrationId,
                type == ResourceType.USER ? EventOperation.USER_CREATED : EventOperation.GROUP_CREATED,
                type,
                created,
                AttributeChanges.between(null, created.document()));
        changes.fire(change(
                integrationId,
                type,
                DirectoryChange.Operation.CREATE,
                created,
                created.document().keySet()));
    }

    /** @param operation {@code PUT} or {@code PATCH}: the SCIM operation that made the change */
    public void updated(
            String integrationId,
            ResourceType type,
            DirectoryChange.Operation operation,
            StoredResource before,
            StoredResource after) {
        if (before.version() == after.version()) {
            return;
        }
        JsonObject attributeChanges = AttributeChanges.between(before.document(), after.document());
        EventOperation logged = operation(type, before, after);
        fire(integrationId, logged, type, after, attributeChanges);
        DirectoryChange.Activation activation = logged == EventOperation.USER_DEACTIVATED
                ? DirectoryChange.Activation.DEACTIVATED
                : logged == EventOperation.USER_REACTIVATED
                        ? DirectoryChange.Activation.ACTIVATED
                        : DirectoryChange.Activation.NONE;
        changes.fire(new DirectoryChange(
                integrationId,
                type.scimName(),
                after.id(),
                operation,
                activation,
                after.version(),
                after.document(),
                attributeChanges.keySet(),
                DirectoryChange.MemberChanges.NONE));
    }

    public void deleted(String integrationId, ResourceType type, StoredResource deleted) {
        fire(
                integrationId,
                type == ResourceType.USER ? EventOperation.USER_DELETED : EventOperation.GROUP_DELETED,
                type,
                deleted,
                null);
        changes.fire(change(integrationId, type, DirectoryChange.Operation.DELETE, deleted, Set.of()));
    }

    /** A group's members changed: {@code group} is the group as it is after the change (its new version). */
    public void membershipChanged(String integrationId, StoredResource group, DirectoryChange.MemberChanges members) {
        if (members.isEmpty()) {
            return;
        }
        changes.fire(new DirectoryChange(
                integrationId,
                ResourceType.GROUP.scimName(),
                group.id(),
                DirectoryChange.Operation.PATCH,
                DirectoryChange.Activation.NONE,
                group.version(),
                group.document(),
                Set.of("members"),
                members));
    }

    private static DirectoryChange change(
            String integrationId,
            ResourceType type,
            DirectoryChange.Operation operation,
            StoredResource resource,
            Set<String> attributes) {
        return new DirectoryChange(
                integrationId,
                type.scimName(),
                resource.id(),
                operation,
                DirectoryChange.Activation.NONE,
                resource.version(),
                resource.document(),
                attributes,
                DirectoryChange.MemberChanges.NONE);
    }

    public void membersChanged(String integrationId, StoredResource group, EventOperation operation, List<String> ids) {
        JsonArrayBuilder array = CachedJson.createArrayBuilder();
        ids.stream().limit(MAX_LISTED_MEMBERS).forEach(array::add);
        JsonObject changes = CachedJson.createObjectBuilder()
                .add("members", array)
                .add("count", ids.size())
                .build();
        fire(integrationId, operation, ResourceType.GROUP, group, changes);
    }

    private void fire(
            String integrationId,
            EventOperation operation,
            ResourceType type,
            StoredResource resource,
            JsonObject changes) {
        events.fire(ProvisioningEvent.success(
                integrationId, operation, type.scimName(), resource.id(), name(type, resource), changes));
    }

    private static EventOperation operation(ResourceType type, StoredResource before, StoredResource after) {
        if (type == ResourceType.GROUP) {
            return before.displayName().equals(after.displayName())
                    ? EventOperation.GROUP_UPDATED
                    : EventOperation.GROUP_RENAMED;
        }
        boolean wasActive = before.document().getBoolean("active", true);
        boolean isActive = after.document().getBoolean("active", true);
        return wasActive == isActive
                ? EventOperation.USER_UPDATED
                : isActive ? EventOperation.USER_REACTIVATED : EventOperation.USER_DEACTIVATED;
    }

    private static String name(ResourceType type, StoredResource resource) {
        return type == ResourceType.USER ? resource.document().getString("userName", null) : resource.displayName();
    }
}
