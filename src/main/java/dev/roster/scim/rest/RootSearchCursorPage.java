package dev.roster.scim.rest;

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
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One cursor page of the combined listing: users, then groups. A cursor names the type its window is in;
 * a window that runs past the last user goes on with the first groups, and one that runs back past the
 * first group with the last users. Both totals are counted on every page.
 */
final class RootSearchCursorPage {

    private final UserService users;
    private final GroupService groups;
    private final ScimCursors cursors;
    private final AttributeProjection projections;
    private final ResourceRenderer renderer;
    private final ListParameters parameters;
    private final String integration;
    private final Map<ResourceKind, Page<JsonObject>> pages = new EnumMap<>(ResourceKind.class);
    private final Map<ResourceKind, ScimException> failures = new EnumMap<>(ResourceKind.class);

    RootSearchCursorPage(
            UserService users,
            GroupService groups,
            ScimCursors cursors,
            AttributeProjection projections,
            ResourceRenderer renderer,
            ListParameters parameters,
            String integration) {
        this.users = users;
        this.groups = groups;
        this.cursors = cursors;
        this.projections = projections;
        this.renderer = renderer;
        this.parameters = parameters;
        this.integration = integration;
    }

    /** The ListResponse of the page the request's cursor asks for. */
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
            previous = keyset.position() == null
                    ? null
                    : !users.items().isEmpty() ? new Window(ResourceKind.USER, users.previous()) : lastUsers();
        } else if (!keyset.backward()) {
            Page<JsonObject> groups = search(ResourceKind.GROUP, keyset, count);
            items.addAll(groups.items());
            next = new Window(ResourceKind.GROUP, groups.next());
            previous = groups.previous() != null
                    ? new Window(ResourceKind.GROUP, groups.previous())
                    : groups.items().isEmpty() ? null : lastUsers();
        } else if (cursor.kind() == ResourceKind.GROUP) {
            Page<JsonObject> groups = search(ResourceKind.GROUP, keyset, count);
            Page<JsonObject> users = null;
            if (groups.previous() != null) {
                previous = new Window(ResourceKind.GROUP, groups.previous());
            } else {
                users = search(
                        ResourceKind.USER,
                        new Keyset(true, null),
                        count - groups.items().size());
                items.addAll(users.items());
                previous = new Window(ResourceKind.USER, users.previous());
            }
            items.addAll(groups.items());
            next = !groups.items().isEmpty()
                    ? new Window(ResourceKind.GROUP, groups.next())
                    : users != null && !users.items().isEmpty()
                            ? new Window(ResourceKind.USER, users.next())
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
        return total(ResourceKind.USER) + total(ResourceKind.GROUP) > 0
                ? new Window(ResourceKind.USER, Keyset.first())
                : null;
    }

    private long total(ResourceKind kind) {
        Page<JsonObject> page = pages.get(kind);
        return page != null
                ? page.totalResults()
                : search(kind, Keyset.first(), 0).totalResults();
    }

    /** A page of one type, rendered; a filter that type cannot take matches none of it. */
    private Page<JsonObject> search(ResourceKind kind, Keyset keyset, int count) {
        SearchSpec spec =
                new SearchSpec(parameters.filter(), parameters.sortBy(), parameters.descending(), 1, count, keyset);
        SchemaRegistry registry = SchemaRegistry.standard();
        Page<JsonObject> page;
        try {
            if (kind == ResourceKind.USER) {
                Projection projection =
                        projections.parse(registry.user(), parameters.attributes(), parameters.excludedAttributes());
                Page<UserService.UserView> found = users.search(integration, spec, projection.includes("groups"));
                page = found.withItems(found.items().stream()
                        .map(u -> projection.apply(renderer.user(u.user(), u.groups())))
                        .toList());
            } else {
                Projection projection =
                        projections.parse(registry.group(), parameters.attributes(), parameters.excludedAttributes());
                Page<GroupService.GroupView> found = groups.search(integration, spec, projection.includes("members"));
                page = found.withItems(found.items().stream()
                        .map(g -> projection.apply(renderer.group(g.group(), g.members())))
                        .toList());
            }
        } catch (ScimException e) {
            failures.put(kind, e);
            page = new Page<>(0, List.of());
        }
        pages.putIfAbsent(kind, page);
        return page;
    }

    private String issue(Window window) {
        return window == null || window.keyset() == null
                ? null
                : cursors.issue(window.kind(), window.keyset(), parameters, integration, ScimCursors.ROOT);
    }

    /** A window of the combined listing: over which type, and where. */
    private record Window(ResourceKind kind, Keyset keyset) {}
}
