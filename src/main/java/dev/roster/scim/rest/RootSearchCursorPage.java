package dev.roster.scim.rest;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.resources.ListResponse;
import dev.roster.scim.spi.Keyset;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
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

    private final RenderedSearch search;
    private final ScimCursors cursors;
    private final ListParameters parameters;
    private final String integration;
    private final Map<ResourceType, Page<JsonObject>> pages = new EnumMap<>(ResourceType.class);
    private final Map<ResourceType, ScimException> failures = new EnumMap<>(ResourceType.class);

    RootSearchCursorPage(RenderedSearch search, ScimCursors cursors) {
        this.search = search;
        this.cursors = cursors;
        this.parameters = search.parameters();
        this.integration = search.integration();
    }

    /** The ListResponse of the page the request's cursor asks for. */
    JsonObject page() {
        CursorCodec.Cursor cursor = cursors.open(parameters, integration, ScimCursors.ROOT, ResourceType.USER);
        Keyset keyset = cursor.keyset();
        int count = parameters.count();
        List<JsonObject> items = new ArrayList<>();
        Window next;
        Window previous;
        if (!keyset.backward() && cursor.kind() == ResourceType.USER) {
            Page<JsonObject> users = search(ResourceType.USER, keyset, count);
            items.addAll(users.items());
            if (users.next() != null) {
                next = new Window(ResourceType.USER, users.next());
            } else {
                Page<JsonObject> groups = search(ResourceType.GROUP, Keyset.first(), count - items.size());
                items.addAll(groups.items());
                next = new Window(ResourceType.GROUP, groups.next());
            }
            previous = keyset.position() == null
                    ? null
                    : !users.items().isEmpty() ? new Window(ResourceType.USER, users.previous()) : lastUsers();
        } else if (!keyset.backward()) {
            Page<JsonObject> groups = search(ResourceType.GROUP, keyset, count);
            items.addAll(groups.items());
            next = new Window(ResourceType.GROUP, groups.next());
            previous = groups.previous() != null
                    ? new Window(ResourceType.GROUP, groups.previous())
                    : groups.items().isEmpty() ? null : lastUsers();
        } else if (cursor.kind() == ResourceType.GROUP) {
            Page<JsonObject> groups = search(ResourceType.GROUP, keyset, count);
            Page<JsonObject> users = null;
            if (groups.previous() != null) {
                previous = new Window(ResourceType.GROUP, groups.previous());
            } else {
                users = search(
                        ResourceType.USER,
                        new Keyset(true, null),
                        count - groups.items().size());
                items.addAll(users.items());
                previous = new Window(ResourceType.USER, users.previous());
            }
            items.addAll(groups.items());
            next = !groups.items().isEmpty()
                    ? new Window(ResourceType.GROUP, groups.next())
                    : users != null && !users.items().isEmpty()
                            ? new Window(ResourceType.USER, users.next())
                            : fromTheStart();
        } else {
            Page<JsonObject> users = search(ResourceType.USER, keyset, count);
            items.addAll(users.items());
            previous = new Window(ResourceType.USER, users.previous());
            next = !users.items().isEmpty() ? new Window(ResourceType.USER, users.next()) : fromTheStart();
        }
        long total = total(ResourceType.USER) + total(ResourceType.GROUP);
        if (failures.size() == 2) {
            throw failures.get(ResourceType.USER);
        }
        return ListResponse.ofCursorPage(items, total, issue(next), issue(previous));
    }

    /** The last users, backward from the end: the page before the first groups. */
    private Window lastUsers() {
        return total(ResourceType.USER) > 0 ? new Window(ResourceType.USER, new Keyset(true, null)) : null;
    }

    private Window fromTheStart() {
        return total(ResourceType.USER) + total(ResourceType.GROUP) > 0
                ? new Window(ResourceType.USER, Keyset.first())
                : null;
    }

    private long total(ResourceType kind) {
        Page<JsonObject> page = pages.get(kind);
        return page != null
                ? page.totalResults()
                : search(kind, Keyset.first(), 0).totalResults();
    }

    /** A page of one type, rendered; a filter that type cannot take matches none of it. */
    private Page<JsonObject> search(ResourceType kind, Keyset keyset, int count) {
        SearchSpec spec =
                new SearchSpec(parameters.filter(), parameters.sortBy(), parameters.descending(), 1, count, keyset);
        Page<JsonObject> page;
        try {
            page = search.page(kind, spec);
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
    private record Window(ResourceType kind, Keyset keyset) {}
}
