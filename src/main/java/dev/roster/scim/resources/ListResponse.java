package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Builds the RFC 7644 section 3.4.2 ListResponse message that wraps every list answer. */
public final class ListResponse {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    private ListResponse() {}

    /**
     * A ListResponse holding one page.
     *
     * @param resources    the page, already projected; {@code itemsPerPage} is its size
     * @param totalResults every match, counted before paging (Okta pages while startIndex &lt;= totalResults)
     * @param startIndex   the 1-based index of the first resource in the page
     */
    public static JsonObject of(List<? extends JsonValue> resources, long totalResults, long startIndex) {
        JsonArrayBuilder page = JSON.createArrayBuilder();
        resources.forEach(page::add);
        // Key order follows RFC 7644 examples; Resources is always present, even when empty (Okta needs []).
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("totalResults", totalResults)
                .add("itemsPerPage", resources.size())
                .add("startIndex", startIndex)
                .add("Resources", page)
                .build();
    }

    /**
     * A ListResponse holding one page of cursor paging (RFC 9865): no {@code startIndex}, and the cursors of
     * the pages on either side where there are any ({@code nextCursor} absent means this is the last page).
     *
     * @param nextCursor     null on the last page
     * @param previousCursor null on the first page, or where none is offered
     */
    public static JsonObject ofCursorPage(
            List<? extends JsonValue> resources, long totalResults, String nextCursor, String previousCursor) {
        JsonArrayBuilder page = JSON.createArrayBuilder();
        resources.forEach(page::add);
        JsonObjectBuilder list = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("totalResults", totalResults)
                .add("itemsPerPage", resources.size());
        if (previousCursor != null) {
            list.add("previousCursor", previousCursor);
        }
        if (nextCursor != null) {
            list.add("nextCursor", nextCursor);
        }
        return list.add("Resources", page).build();
    }

    /** A complete, unpaged list: totalResults and itemsPerPage are its size, startIndex 1. */
    public static JsonObject ofAll(List<? extends JsonValue> resources) {
        return of(resources, resources.size(), 1);
    }
}
