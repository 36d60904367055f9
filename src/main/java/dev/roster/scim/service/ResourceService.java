package dev.roster.scim.service;

import dev.roster.changes.DirectoryChange;
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
import dev.roster.scim.spi.GroupRef;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.MemberStore;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceStore;
import dev.roster.scim.spi.ResourceStores;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SCIM operations on users and groups of one integration's directory, written once for both: normalise,
 * check the precondition, store, log, and read what the answer shows. Each public method is one transaction:
 * the write, its index rows and its provisioning-log entries commit together, and any error leaves nothing
 * behind. What differs by type is only what SCIM says differs: a user's {@code active} defaults to true and is
 * kept by a PUT that leaves it out; a group's members are written as set operations ({@link GroupMembers}),
 * never by loading the member list.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class ResourceService {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final Map<ResourceType, ResourceSchema> SCHEMAS = new EnumMap<>(ResourceType.class);

    static {
        for (ResourceType type : ResourceType.values()) {
            SCHEMAS.put(type, new ResourceSchema(REGISTRY, type.definition(REGISTRY)));
        }
    }

    @Inject
    RosterConfig config;

    @Inject
    ResourceStores stores;

    @Inject
    MemberStore memberships;

    @Inject
    GroupMembers groupMembers;

    @Inject
    ResourceEvents events;

    private final ResourceNormalizer normalizer = new ResourceNormalizer(REGISTRY);
    private final PatchEngine patchEngine = new PatchEngine();
    private final QuirkSet quirks = QuirkSet.all();

    /** POST: a new user (in no group yet) or a new group with the members its body lists. */
    @SharedCommit
    public ResourceView create(ResourceType type, String integrationId, JsonObject body) {
        NormalizedResource normalized = normalizer.normalize(type.definition(REGISTRY), body);
        JsonObject document = withDefaults(type, normalized.document(), JsonValue.TRUE);
        StoredResource created = stores.of(type).create(integrationId, document);
        events.created(integrationId, type, created);
        List<MemberRef> members = GroupMembers.of(normalized.members().orElse(null));
        if (members.isEmpty()) {
            return ResourceView.of(type, created);
        }
        events.membershipChanged(integrationId, created, groupMembers.addToNew(integrationId, created, members));
        return views(type, List.of(created), true).get(0);
    }

    /** The resource, with its memberships when {@code withMemberships}. */
    public Optional<ResourceView> find(ResourceType type, String integrationId, String id, boolean withMemberships) {
        return stores.of(type)
                .find(integrationId, id)
                .map(found -> views(type, List.of(found), withMemberships).get(0));
    }

    /**
     * PUT: the body replaces the resource, ignoring read-only attributes: a user's absent {@code active} is
     * kept, a group's member list is replaced by the body's (none when it lists none).
     */
    @SharedCommit
    public ResourceView replace(ResourceType type, String integrationId, String id, JsonObject body, String ifMatch) {
        ResourceStore store = stores.of(type);
        StoredResource current = locked(store, type, integrationId, id, ifMatch);
        NormalizedResource normalized = normalizer.normalize(type.definition(REGISTRY), body);
        JsonObject document =
                withDefaults(type, normalized.document(), current.document().getOrDefault("active", JsonValue.TRUE));
        StoredResource replaced = store.replace(integrationId, current, document);
        events.updated(integrationId, type, DirectoryChange.Operation.PUT, current, replaced);
        if (type == ResourceType.GROUP) {
            MembershipChange members = new MembershipChange.ReplaceMembers(
                    GroupMembers.of(normalized.members().orElse(null)));
            replaced = touchIfMembersChanged(store, integrationId, current, replaced, List.of(members));
        }
        return views(type, List.of(replaced), true).get(0);
    }

    /** PATCH; membership changes of a group go to the store as set operations. */
    @SharedCommit
    public ResourceView patch(
            ResourceType type,
            String integrationId,
            String id,
            JsonObject body,
            String ifMatch,
            boolean withMemberships) {
        ResourceStore store = stores.of(type);
        StoredResource current = locked(store, type, integrationId, id, ifMatch);
        ResourceSchema schema = SCHEMAS.get(type);
        PatchRequest request = quirks.normalise(PatchRequest.fromJson(body, config.patchMaxOperations()), schema);
        PatchResult result = patchEngine.apply(schema, current.document(), request);
        StoredResource updated = current;
        if (result.documentChanged()) {
            JsonObject document = normalizer
                    .normalize(type.definition(REGISTRY), result.document())
                    .document();
            updated = store.replace(integrationId, current, document);
            events.updated(integrationId, type, DirectoryChange.Operation.PATCH, current, updated);
        }
        updated = touchIfMembersChanged(store, integrationId, current, updated, result.membershipChanges());
        return views(type, List.of(updated), withMemberships).get(0);
    }

    /** DELETE, with the resource's memberships. */
    @SharedCommit
    public void delete(ResourceType type, String integrationId, String id, String ifMatch) {
        ResourceStore store = stores.of(type);
        StoredResource current = locked(store, type, integrationId, id, ifMatch);
        store.delete(integrationId, id);
        events.deleted(integrationId, type, current);
    }

    /** A page of the search, with each resource's memberships when {@code withMemberships}. */
    public Page<ResourceView> search(
            ResourceType type, String integrationId, SearchSpec spec, boolean withMemberships) {
        Page<StoredResource> page = stores.of(type).search(integrationId, spec);
        return page.withItems(views(type, page.items(), withMemberships));
    }

    private static StoredResource locked(
            ResourceStore store, ResourceType type, String integrationId, String id, String ifMatch) {
        StoredResource current = store.findForUpdate(integrationId, id)
                .orElseThrow(() -> ScimException.notFound(type.scimName() + " " + id + " not found"));
        Preconditions.checkIfMatch(ifMatch, current);
        return current;
    }

    /**
     * Applies a group's membership changes (none for a user); members are not in the document, so when they
     * changed and the document did not, the group still gets a new version.
     */
    private StoredResource touchIfMembersChanged(
            ResourceStore store,
            String integrationId,
            StoredResource current,
            StoredResource updated,
            List<MembershipChange> changes) {
        if (changes.isEmpty()) {
            return updated;
        }
        DirectoryChange.MemberChanges members = groupMembers.apply(integrationId, updated, changes);
        if (members.isEmpty()) {
            return updated;
        }
        StoredResource after =
                updated.version() == current.version() ? store.touch(integrationId, current.id()) : updated;
        events.membershipChanged(integrationId, after, members);
        return after;
    }

    /** Users' groups or groups' members, read for all of them at once. */
    private List<ResourceView> views(ResourceType type, List<StoredResource> resources, boolean withMemberships) {
        if (!withMemberships || resources.isEmpty()) {
            return resources.stream().map(r -> ResourceView.of(type, r)).toList();
        }
        List<String> ids = resources.stream().map(StoredResource::id).toList();
        if (type == ResourceType.USER) {
            Map<String, List<GroupRef>> groups = memberships.groupsOf(ids);
            return resources.stream()
                    .map(r -> new ResourceView(type, r, groups.getOrDefault(r.id(), List.of()), List.of()))
                    .toList();
        }
        Map<String, List<MemberRef>> members = memberships.membersOf(ids);
        return resources.stream()
                .map(r -> new ResourceView(type, r, List.of(), members.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** A user without {@code active} gets {@code active}; a group's document is as normalised. */
    private static JsonObject withDefaults(ResourceType type, JsonObject document, JsonValue active) {
        if (type != ResourceType.USER || document.containsKey("active")) {
            return document;
        }
        return CachedJson.createObjectBuilder(document).add("active", active).build();
    }
}
