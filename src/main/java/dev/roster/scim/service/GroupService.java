package dev.roster.scim.service;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.config.RosterConfig;
import dev.roster.json.CachedJson;
import dev.roster.platform.RetryOnConflict;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.patch.MembershipChange;
import dev.roster.scim.patch.PatchEngine;
import dev.roster.scim.patch.PatchRequest;
import dev.roster.scim.patch.PatchResult;
import dev.roster.scim.patch.ResourceSchema;
import dev.roster.scim.patch.quirks.QuirkSet;
import dev.roster.scim.resources.NormalizedResource;
import dev.roster.scim.resources.ResourceNormalizer;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.commit.SharedCommit;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.MemberStore;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceStore;
import dev.roster.scim.spi.ResourceStores;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SCIM Group operations of one integration's directory. Membership changes go to the database as set
 * operations ({@link Memberships}); the group's document and member list are never loaded to change them.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class GroupService {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final ResourceSchema SCHEMA = new ResourceSchema(REGISTRY, REGISTRY.group());

    @Inject
    RosterConfig config;

    @Inject
    ResourceStores stores;

    @Inject
    MemberStore memberships;

    @Inject
    Event<ProvisioningEvent> events;

    private final ResourceNormalizer normalizer = new ResourceNormalizer(REGISTRY);
    private final PatchEngine patchEngine = new PatchEngine();
    private final QuirkSet quirks = QuirkSet.all();

    /** A group and (when asked for) its members. */
    public record GroupView(StoredResource group, List<MemberRef> members) {}

    @SharedCommit
    public GroupView create(String integrationId, JsonObject body) {
        NormalizedResource normalized = normalizer.normalize(REGISTRY.group(), body);
        StoredResource created = groups().create(integrationId, normalized.document());
        events.fire(ProvisioningEvent.success(
                integrationId,
                EventOperation.GROUP_CREATED,
                "Group",
                created.id(),
                created.displayName(),
                AttributeChanges.between(null, normalized.document())));
        List<MemberRef> members = membersOf(normalized.members().orElse(null));
        if (!members.isEmpty()) {
            MemberStore.Diff diff = memberships.replace(integrationId, created.id(), members);
            recordMembers(integrationId, created, EventOperation.GROUP_MEMBERS_ADDED, diff.added());
        }
        return new GroupView(
                created,
                members.isEmpty()
                        ? List.of()
                        : memberships.membersOf(List.of(created.id())).get(created.id()));
    }

    public Optional<GroupView> find(String integrationId, String id, boolean withMembers) {
        return groups().find(integrationId, id)
                .map(g -> new GroupView(
                        g, withMembers ? memberships.membersOf(List.of(id)).get(id) : List.of()));
    }

    /** PUT: the body's displayName, externalId and complete member list replace the group's. */
    @SharedCommit
    public GroupView replace(String integrationId, String id, JsonObject body, String ifMatch) {
        StoredResource current = groups().findForUpdate(integrationId, id).orElseThrow(() -> notFound(id));
        Preconditions.checkIfMatch(ifMatch, current);
        NormalizedResource normalized = normalizer.normalize(REGISTRY.group(), body);
        StoredResource replaced = groups().replace(integrationId, current, normalized.document());
        recordDocumentChange(integrationId, current, replaced);
        boolean membersChanged = applyChanges(
                integrationId,
                replaced,
                List.of(new MembershipChange.ReplaceMembers(
                        membersOf(normalized.members().orElse(null)))));
        StoredResource result = membersChanged && replaced.version() == current.version()
                ? groups().touch(integrationId, id)
                : replaced;
        return new GroupView(result, memberships.membersOf(List.of(id)).get(id));
    }

    /** PATCH; the caller decides whether to answer with the group (200) or nothing (204). */
    @SharedCommit
    public StoredResource patch(String integrationId, String id, JsonObject body, String ifMatch) {
        StoredResource current = groups().findForUpdate(integrationId, id).orElseThrow(() -> notFound(id));
        Preconditions.checkIfMatch(ifMatch, current);
        PatchRequest request = quirks.normalise(PatchRequest.fromJson(body, config.patchMaxOperations()), SCHEMA);
        PatchResult result = patchEngine.apply(SCHEMA, current.document(), request);
        StoredResource updated = current;
        if (result.documentChanged()) {
            JsonObject document =
                    normalizer.normalize(REGISTRY.group(), result.document()).document();
            updated = groups().replace(integrationId, current, document);
            recordDocumentChange(integrationId, current, updated);
        }
        boolean membersChanged = applyChanges(integrationId, updated, result.membershipChanges());
        if (membersChanged && updated.version() == current.version()) {
            updated = groups().touch(integrationId, id);
        }
        return updated;
    }

    @SharedCommit
    public void delete(String integrationId, String id, String ifMatch) {
        StoredResource current = groups().findForUpdate(integrationId, id).orElseThrow(() -> notFound(id));
        Preconditions.checkIfMatch(ifMatch, current);
        groups().delete(integrationId, id);
        events.fire(ProvisioningEvent.success(
                integrationId, EventOperation.GROUP_DELETED, "Group", id, current.displayName(), null));
    }

    public Page<GroupView> search(String integrationId, SearchSpec spec, boolean withMembers) {
        Page<StoredResource> page = groups().search(integrationId, spec);
        Map<String, List<MemberRef>> members = withMembers
                ? memberships.membersOf(
                        page.items().stream().map(StoredResource::id).toList())
                : Map.of();
        return page.withItems(page.items().stream()
                .map(g -> new GroupView(g, members.getOrDefault(g.id(), List.of())))
                .toList());
    }

    /** Applies membership commands in order; true when any row changed. */
    private boolean applyChanges(String integrationId, StoredResource group, List<MembershipChange> changes) {
        boolean changed = false;
        for (MembershipChange change : changes) {
            if (change instanceof MembershipChange.AddMembers add) {
                List<String> added = memberships.add(integrationId, group.id(), add.members());
                if (!added.isEmpty()) {
                    changed = true;
                    recordMembers(integrationId, group, EventOperation.GROUP_MEMBERS_ADDED, added);
                }
            } else if (change instanceof MembershipChange.RemoveMembers remove) {
                List<String> removed = memberships.remove(group.id(), remove.ids());
                if (!removed.isEmpty()) {
                    changed = true;
                    recordMembers(integrationId, group, EventOperation.GROUP_MEMBERS_REMOVED, removed);
                }
            } else if (change instanceof MembershipChange.RemoveAllMembers) {
                if (memberships.removeAll(group.id()) > 0) {
                    changed = true;
                    recordMembers(integrationId, group, EventOperation.GROUP_MEMBERS_REMOVED, List.of("*"));
                }
            } else if (change instanceof MembershipChange.ReplaceMembers replace) {
                MemberStore.Diff diff = memberships.replace(integrationId, group.id(), replace.members());
                if (!diff.added().isEmpty()) {
                    recordMembers(integrationId, group, EventOperation.GROUP_MEMBERS_ADDED, diff.added());
                }
                if (!diff.removed().isEmpty()) {
                    recordMembers(integrationId, group, EventOperation.GROUP_MEMBERS_REMOVED, diff.removed());
                }
                changed |= !diff.isEmpty();
            }
        }
        return changed;
    }

    private void recordDocumentChange(String integrationId, StoredResource before, StoredResource after) {
        if (before.version() == after.version()) {
            return;
        }
        EventOperation operation = before.displayName().equals(after.displayName())
                ? EventOperation.GROUP_UPDATED
                : EventOperation.GROUP_RENAMED;
        events.fire(ProvisioningEvent.success(
                integrationId,
                operation,
                "Group",
                after.id(),
                after.displayName(),
                AttributeChanges.between(before.document(), after.document())));
    }

    private void recordMembers(String integrationId, StoredResource group, EventOperation operation, List<String> ids) {
        JsonArrayBuilder array = CachedJson.createArrayBuilder();
        ids.stream().limit(100).forEach(array::add);
        JsonObject changes = CachedJson.createObjectBuilder()
                .add("members", array)
                .add("count", ids.size())
                .build();
        events.fire(
                ProvisioningEvent.success(integrationId, operation, "Group", group.id(), group.displayName(), changes));
    }

    /** Members of a normalised body ({@code value} required, {@code type} canonical or absent). */
    private static List<MemberRef> membersOf(JsonArray members) {
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

    private static ScimException notFound(String id) {
        return ScimException.notFound("Group " + id + " not found");
    }

    private ResourceStore groups() {
        return stores.of(ResourceType.GROUP);
    }
}
