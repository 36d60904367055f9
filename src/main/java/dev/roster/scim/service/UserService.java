package dev.roster.scim.service;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.config.RosterConfig;
import dev.roster.json.CachedJson;
import dev.roster.platform.RetryOnConflict;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.patch.PatchEngine;
import dev.roster.scim.patch.PatchRequest;
import dev.roster.scim.patch.PatchResult;
import dev.roster.scim.patch.ResourceSchema;
import dev.roster.scim.patch.quirks.QuirkSet;
import dev.roster.scim.resources.ResourceNormalizer;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.commit.SharedCommit;
import dev.roster.scim.spi.GroupRef;
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
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SCIM User operations of one integration's directory. Each public method is one transaction: the
 * write, its index rows and its provisioning-log entry commit together, and any error leaves nothing behind.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class UserService {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final ResourceSchema SCHEMA = new ResourceSchema(REGISTRY, REGISTRY.user());

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

    /** A user and its groups, ready to render. */
    public record UserView(StoredResource user, List<GroupRef> groups) {}

    @SharedCommit
    public UserView create(String integrationId, JsonObject body) {
        JsonObject document =
                withActiveDefault(normalizer.normalize(REGISTRY.user(), body).document(), JsonValue.TRUE);
        StoredResource created = users().create(integrationId, document);
        events.fire(ProvisioningEvent.success(
                integrationId,
                EventOperation.USER_CREATED,
                "User",
                created.id(),
                userName(document),
                AttributeChanges.between(null, document)));
        return new UserView(created, List.of());
    }

    public Optional<UserView> find(String integrationId, String id) {
        return users().find(integrationId, id).map(this::withGroups);
    }

    /** PUT: replaces the user with the body, ignoring read-only attributes; an absent {@code active} is kept. */
    @SharedCommit
    public UserView replace(String integrationId, String id, JsonObject body, String ifMatch) {
        StoredResource current = users().findForUpdate(integrationId, id).orElseThrow(() -> notFound(id));
        Preconditions.checkIfMatch(ifMatch, current);
        JsonObject document = normalizer.normalize(REGISTRY.user(), body).document();
        document = withActiveDefault(document, current.document().getOrDefault("active", JsonValue.TRUE));
        StoredResource replaced = users().replace(integrationId, current, document);
        recordUpdate(integrationId, current, replaced);
        return withGroups(replaced);
    }

    @SharedCommit
    public UserView patch(String integrationId, String id, JsonObject body, String ifMatch) {
        StoredResource current = users().findForUpdate(integrationId, id).orElseThrow(() -> notFound(id));
        Preconditions.checkIfMatch(ifMatch, current);
        PatchRequest request = quirks.normalise(PatchRequest.fromJson(body, config.patchMaxOperations()), SCHEMA);
        PatchResult result = patchEngine.apply(SCHEMA, current.document(), request);
        if (!result.documentChanged()) {
            return withGroups(current);
        }
        JsonObject document =
                normalizer.normalize(REGISTRY.user(), result.document()).document();
        StoredResource patched = users().replace(integrationId, current, document);
        recordUpdate(integrationId, current, patched);
        return withGroups(patched);
    }

    @SharedCommit
    public void delete(String integrationId, String id, String ifMatch) {
        StoredResource current = users().findForUpdate(integrationId, id).orElseThrow(() -> notFound(id));
        Preconditions.checkIfMatch(ifMatch, current);
        users().delete(integrationId, id);
        events.fire(ProvisioningEvent.success(
                integrationId, EventOperation.USER_DELETED, "User", id, userName(current.document()), null));
    }

    public Page<UserView> search(String integrationId, SearchSpec spec, boolean withGroups) {
        Page<StoredResource> page = users().search(integrationId, spec);
        Map<String, List<GroupRef>> groups = withGroups
                ? memberships.groupsOf(
                        page.items().stream().map(StoredResource::id).toList())
                : Map.of();
        return page.withItems(page.items().stream()
                .map(u -> new UserView(u, groups.getOrDefault(u.id(), List.of())))
                .toList());
    }

    private UserView withGroups(StoredResource user) {
        return new UserView(user, memberships.groupsOf(List.of(user.id())).getOrDefault(user.id(), List.of()));
    }

    private void recordUpdate(String integrationId, StoredResource before, StoredResource after) {
        if (before.version() == after.version()) {
            return;
        }
        boolean wasActive = before.document().getBoolean("active", true);
        boolean isActive = after.document().getBoolean("active", true);
        EventOperation operation = wasActive == isActive
                ? EventOperation.USER_UPDATED
                : isActive ? EventOperation.USER_REACTIVATED : EventOperation.USER_DEACTIVATED;
        events.fire(ProvisioningEvent.success(
                integrationId,
                operation,
                "User",
                after.id(),
                userName(after.document()),
                AttributeChanges.between(before.document(), after.document())));
    }

    private static JsonObject withActiveDefault(JsonObject document, JsonValue active) {
        if (document.containsKey("active")) {
            return document;
        }
        return CachedJson.createObjectBuilder(document).add("active", active).build();
    }

    private static String userName(JsonObject document) {
        return document.getString("userName", null);
    }

    private static ScimException notFound(String id) {
        return ScimException.notFound("User " + id + " not found");
    }

    private ResourceStore users() {
        return stores.of(ResourceType.USER);
    }
}
