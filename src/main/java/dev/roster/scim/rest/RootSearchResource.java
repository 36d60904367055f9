package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.directory.ResourceKind;
import dev.roster.directory.store.Keyset;
import dev.roster.directory.store.Page;
import dev.roster.directory.store.SearchSpec;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.resources.AttributeProjection;
import dev.roster.scim.resources.ListResponse;
import dev.roster.scim.resources.Projection;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.GroupService;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /.search} (RFC 7644 3.4.3) across users and groups: users first, then groups, both in their
 * stable order, paged as one list, by startIndex or by cursor (RFC 9865). A filter that names an attribute only
 * one type has matches nothing of the other type; a filter neither type understands is 400 invalidFilter.
 */
@Path(".search")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class RootSearchResource {

    private static final AttributeProjection PROJECTIONS = new AttributeProjection(SchemaRegistry.standard());

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    @Inject
    ScimCursors cursors;

    @POST
    @Operation(summary = "Search users and groups together with a SearchRequest body",
            description = ScimCursors.SEARCH_DESCRIPTION)
    public Response search(JsonObject body) {
        ListParameters parameters = ListParameters.fromSearchRequest(body, config.maxPageSize());
        String integration = caller.integrationId();
        if (parameters.byCursor()) {
            return ScimResponses.list(new CursorWalk(parameters, integration).page());
        }
        ResourceRenderer renderer = new ResourceRenderer(config.scimBaseUrl());
        SchemaRegistry registry = SchemaRegistry.standard();
        Projection userProjection = PROJECTIONS.parse(registry.user(), parameters.attributes(), parameters.excludedAttributes());
        Projection groupProjection = PROJECTIONS.parse(registry.group(), parameters.attributes(), parameters.excludedAttributes());

        ScimException userFailure = null;
        long userTotal = 0;
        List<JsonObject> resources = new ArrayList<>();
        try {
            Page<UserService.UserView> page = users.search(integration, parameters.toSearchSpec(), userProjection.includes("groups"));
            userTotal = page.totalResults();
            page.items().forEach(u -> resources.add(userProjection.apply(renderer.user(u.user(), u.groups()))));
        } catch (ScimException e) {
            userFailure = e;
        }
        // The groups' window starts where the users ran out.
        int groupStart = (int) Math.max(1, parameters.startIndex() - userTotal);
        int groupCount = Math.max(0, parameters.count() - resources.size());
        long groupTotal = 0;
        try {
            SearchSpec spec = new SearchSpec(parameters.filter(), parameters.sortBy(), parameters.descending(),
                    groupStart, groupCount);
            Page<GroupService.GroupView> page = groups.search(integration, spec, groupProjection.includes("members"));
            groupTotal = page.totalResults();
            page.items().forEach(g -> resources.add(groupProjection.apply(renderer.group(g.group(), g.members()))));
        } catch (ScimException e) {
            if (userFailure != null) {
                throw userFailure;
            }
        }
        return ScimResponses.list(ListResponse.of(resources, userTotal + groupTotal, parameters.startIndex()));
    }

    /**
     * One cursor page of the combined listing: users, then groups. A cursor names the type its window is in;
     * a window that runs past the last user goes on with the first groups, and one that runs back past the
     * first group with the last users. Both totals are counted on every page.
     */
    private final class CursorWalk {

        private final ListParameters parameters;
        private final String integration;
        private final ResourceRenderer renderer = new ResourceRenderer(config.scimBaseUrl());
        private final Map<ResourceKind, Page<JsonObject>> pages = new EnumMap<>(ResourceKind.class);
        private final Map<ResourceKind, ScimException> failures = new EnumMap<>(ResourceKind.class);

        CursorWalk(ListParameters parameters, String integration) {
            this.parameters = parameters;
            this.integration = integration;
        }

        JsonObject page() {
            CursorCodec.Cursor cursor = cursors.open(parameters, integration, ScimCursors.ROOT, ResourceKind.USER);
            Keyset keyset = cursor.keyset();
            int count = parameters.count();
            List<JsonObject> items = new ArrayList<>();
            Window next;
            Window previous;
            if (!keyset.backward() && cursor.kind() == ResourceKind.USER) {
                Page<JsonObject> users = search(ResourceKind.USER, keyset, count);
                items.addAll(users.items());
                if (users.next() != null) {
                    next = new Window(ResourceKind.USER, users.next());
                } else {
                    Page<JsonObject> groups = search(ResourceKind.GROUP, Keyset.first(), count - items.size());
                    items.addAll(groups.items());
                    next = new Window(ResourceKind.GROUP, groups.next());
                }
                previous = keyset.position() == null ? null
                        : !users.items().isEmpty() ? new Window(ResourceKind.USER, users.previous())
                        : lastUsers();
            } else if (!keyset.backward()) {
                Page<JsonObject> groups = search(ResourceKind.GROUP, keyset, count);
                items.addAll(groups.items());
                next = new Window(ResourceKind.GROUP, groups.next());
                previous = groups.previous() != null ? new Window(ResourceKind.GROUP, groups.previous())
                        : groups.items().isEmpty() ? null : lastUsers();
            } else if (cursor.kind() == ResourceKind.GROUP) {
                Page<JsonObject> groups = search(ResourceKind.GROUP, keyset, count);
                Page<JsonObject> users = null;
                if (groups.previous() != null) {
                    previous = new Window(ResourceKind.GROUP, groups.previous());
                } else {
                    users = search(ResourceKind.USER, new Keyset(true, null), count - groups.items().size());
                    items.addAll(users.items());
                    previous = new Window(ResourceKind.USER, users.previous());
                }
                items.addAll(groups.items());
                next = !groups.items().isEmpty() ? new Window(ResourceKind.GROUP, groups.next())
                        : users != null && !users.items().isEmpty() ? new Window(ResourceKind.USER, users.next())
                        : fromTheStart();
            } else {
                Page<JsonObject> users = search(ResourceKind.USER, keyset, count);
                items.addAll(users.items());
                previous = new Window(ResourceKind.USER, users.previous());
                next = !users.items().isEmpty() ? new Window(ResourceKind.USER, users.next()) : fromTheStart();
            }
            long total = total(ResourceKind.USER) + total(ResourceKind.GROUP);
            if (failures.size() == 2) {
                throw failures.get(ResourceKind.USER);
            }
            return ListResponse.ofCursorPage(items, total, issue(next), issue(previous));
        }

        /** The last users, backward from the end: the page before the first groups. */
        private Window lastUsers() {
            return total(ResourceKind.USER) > 0 ? new Window(ResourceKind.USER, new Keyset(true, null)) : null;
        }

        private Window fromTheStart() {
            return total(ResourceKind.USER) + total(ResourceKind.GROUP) > 0 ? new Window(ResourceKind.USER, Keyset.first())
                    : null;
        }

        private long total(ResourceKind kind) {
            Page<JsonObject> page = pages.get(kind);
            return page != null ? page.totalResults() : search(kind, Keyset.first(), 0).totalResults();
        }

        /** A page of one type, rendered; a filter that type cannot take matches none of it. */
        private Page<JsonObject> search(ResourceKind kind, Keyset keyset, int count) {
            SearchSpec spec = new SearchSpec(parameters.filter(), parameters.sortBy(), parameters.descending(), 1,
                    count, keyset);
            SchemaRegistry registry = SchemaRegistry.standard();
            Page<JsonObject> page;
            try {
                if (kind == ResourceKind.USER) {
                    Projection projection = PROJECTIONS.parse(registry.user(), parameters.attributes(), parameters.excludedAttributes());
                    Page<UserService.UserView> found = users.search(integration, spec, projection.includes("groups"));
                    page = found.withItems(found.items().stream()
                            .map(u -> projection.apply(renderer.user(u.user(), u.groups()))).toList());
                } else {
                    Projection projection = PROJECTIONS.parse(registry.group(), parameters.attributes(), parameters.excludedAttributes());
                    Page<GroupService.GroupView> found = groups.search(integration, spec, projection.includes("members"));
                    page = found.withItems(found.items().stream()
                            .map(g -> projection.apply(renderer.group(g.group(), g.members()))).toList());
                }
            } catch (ScimException e) {
                failures.put(kind, e);
                page = new Page<>(0, List.of());
            }
            pages.putIfAbsent(kind, page);
            return page;
        }

        private String issue(Window window) {
            return window == null || window.keyset() == null ? null
                    : cursors.issue(window.kind(), window.keyset(), parameters, integration, ScimCursors.ROOT);
        }
    }

    /** A window of the combined listing: over which type, and where. */
    private record Window(ResourceKind kind, Keyset keyset) {
    }
}
