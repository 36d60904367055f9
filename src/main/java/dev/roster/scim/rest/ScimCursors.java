package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.platform.Lazy;
import dev.roster.platform.SharedKeys;
import dev.roster.scim.resources.ListResponse;
import dev.roster.scim.spi.Keyset;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;

/**
 * The paging of a list request, index or cursor (RFC 9865): the search it runs and the ListResponse that
 * answers it. Cursors are signed with a key every node shares ({@value #KEY_ID} in {@link SharedKeys}), so any
 * node continues any node's walk, and are bound to the integration, the listing and the query they came from.
 */
@ApplicationScoped
public class ScimCursors {

    static final String KEY_ID = "scim-cursor";

    /** {@code /.search} over users and groups: one listing of both. */
    static final String ROOT = "/.search";

    static final String LIST_DESCRIPTION = "RFC 7644 3.4.2: filter, sortBy, sortOrder, startIndex, count, attributes, "
            + "excludedAttributes. Or cursor paging (RFC 9865): cursor (empty for the first page) with count, the "
            + "answer carrying nextCursor (absent on the last page) and previousCursor; startIndex and cursor "
            + "together are 400 invalidValue, a cursor not issued for this query 400 invalidCursor, an old one "
            + "400 expiredCursor (pagination.cursorTimeout at /ServiceProviderConfig).";
    static final String SEARCH_DESCRIPTION = "The list parameters as a SearchRequest body (RFC 7644 3.4.3), "
            + "\"cursor\" included (RFC 9865 3): \"\" for a cursor walk's first page, then the nextCursor or "
            + "previousCursor of the page before.";
    static final String CURSOR_DESCRIPTION = "RFC 9865 cursor paging: empty for the first page, then a nextCursor "
            + "or previousCursor of an earlier page of the same query (filter, sortBy, sortOrder).";

    @Inject
    RosterConfig config;

    @Inject
    SharedKeys keys;

    private final Lazy<CursorCodec> codec = new Lazy<>(() -> new CursorCodec(
            keys.key(KEY_ID, "signs SCIM paging cursors"), config.cursorTimeoutSeconds(), Clock.systemUTC()));

    /** The search of a /Users or /Groups list request: its startIndex window, or its cursor's. */
    public SearchSpec search(ListParameters parameters, String integrationId, ResourceType kind) {
        if (!parameters.byCursor()) {
            return parameters.toSearchSpec();
        }
        return parameters.toSearchSpec(
                open(parameters, integrationId, listing(kind), kind).keyset());
    }

    /** The ListResponse of a /Users or /Groups page. */
    public JsonObject listResponse(
            List<JsonObject> resources,
            Page<?> page,
            ListParameters parameters,
            String integrationId,
            ResourceType kind) {
        if (!parameters.byCursor()) {
            return ListResponse.of(resources, page.totalResults(), parameters.startIndex());
        }
        return ListResponse.ofCursorPage(
                resources,
                page.totalResults(),
                issue(kind, page.next(), parameters, integrationId, listing(kind)),
                issue(kind, page.previous(), parameters, integrationId, listing(kind)));
    }

    /**
     * The window a request's cursor continues with; for an empty cursor, a walk's first window over
     * {@code firstKind}. 400 invalidCursor for a cursor of another listing or query, expiredCursor for an old one.
     */
    public CursorCodec.Cursor open(
            ListParameters parameters, String integrationId, String listing, ResourceType firstKind) {
        if (parameters.cursor().isEmpty()) {
            return new CursorCodec.Cursor(firstKind, Keyset.first());
        }
        CursorCodec.Cursor cursor = codec().decode(parameters.cursor(), binding(parameters, integrationId, listing));
        if (!listing.equals(ROOT) && !listing(cursor.kind()).equals(listing)) {
            throw CursorCodec.invalid();
        }
        return cursor;
    }

    /** The cursor of a window, or null for none. */
    public String issue(
            ResourceType kind, Keyset window, ListParameters parameters, String integrationId, String listing) {
        return window == null
                ? null
                : codec().encode(new CursorCodec.Cursor(kind, window), binding(parameters, integrationId, listing));
    }

    private static String listing(ResourceType kind) {
        return "/" + kind.endpoint();
    }

    private static CursorCodec.Binding binding(ListParameters parameters, String integrationId, String listing) {
        return new CursorCodec.Binding(integrationId, listing, parameters.query());
    }

    private CursorCodec codec() {
        return codec.get();
    }
}
