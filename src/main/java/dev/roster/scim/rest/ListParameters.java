package dev.roster.scim.rest;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.spi.Keyset;
import dev.roster.scim.spi.SearchSpec;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Objects;

/**
 * The list parameters of RFC 7644 3.4.2 from a query string or a SearchRequest body, normalised the way the
 * RFC says: {@code startIndex} below 1 is 1, {@code count} below 0 is 0, and {@code count} above the
 * service's maximum page size is that maximum (as /ServiceProviderConfig's filter.maxResults advertises).
 * With {@code cursor} (RFC 9865; empty for a walk's first page) the request pages by cursor instead, and
 * {@code query} is what its cursors are bound to: the filter and sort, as sent.
 */
public record ListParameters(
        Filter filter,
        AttributePath sortBy,
        boolean descending,
        int startIndex,
        int count,
        String attributes,
        String excludedAttributes,
        String cursor,
        String query) {

    public static final String SEARCH_REQUEST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    public static ListParameters fromQuery(MultivaluedMap<String, String> query, int maxPageSize) {
        // "?cursor" and "?cursor=" both ask for a cursor walk's first page.
        String cursor = query.containsKey("cursor") ? Objects.requireNonNullElse(query.getFirst("cursor"), "") : null;
        return of(
                query.getFirst("filter"),
                query.getFirst("sortBy"),
                query.getFirst("sortOrder"),
                query.getFirst("startIndex"),
                query.getFirst("count"),
                query.getFirst("attributes"),
                query.getFirst("excludedAttributes"),
                cursor,
                maxPageSize);
    }

    public static ListParameters fromSearchRequest(JsonObject body, int maxPageSize) {
        JsonValue schemas = body.get("schemas");
        if (schemas != null
                && !(schemas.getValueType() == JsonValue.ValueType.ARRAY
                        && schemas.asJsonArray()
                                .contains(dev.roster.json.CachedJson.createValue(SEARCH_REQUEST_SCHEMA)))) {
            throw ScimException.invalidValue("A search body must carry the schema " + SEARCH_REQUEST_SCHEMA);
        }
        return of(
                string(body, "filter"),
                string(body, "sortBy"),
                string(body, "sortOrder"),
                number(body, "startIndex"),
                number(body, "count"),
                list(body, "attributes"),
                list(body, "excludedAttributes"),
                string(body, "cursor"),
                maxPageSize);
    }

    private static ListParameters of(
            String filter,
            String sortBy,
            String sortOrder,
            String startIndex,
            String count,
            String attributes,
            String excludedAttributes,
            String cursor,
            int maxPageSize) {
        if (cursor != null && startIndex != null && !startIndex.isBlank()) {
            throw ScimException.invalidValue(
                    "startIndex and cursor choose different kinds of paging: send one of them");
        }
        Filter parsed = filter == null || filter.isBlank() ? null : FilterParser.parse(filter);
        AttributePath sort = null;
        if (sortBy != null && !sortBy.isBlank()) {
            try {
                sort = FilterParser.parsePath(sortBy).attribute();
            } catch (ScimException e) {
                throw ScimException.invalidValue("sortBy is not an attribute path: " + e.detail());
            }
        }
        boolean descending = false;
        if (sortOrder != null && !sortOrder.isBlank()) {
            if (sortOrder.equalsIgnoreCase("descending")) {
                descending = true;
            } else if (!sortOrder.equalsIgnoreCase("ascending")) {
                throw ScimException.invalidValue("sortOrder must be ascending or descending");
            }
        }
        int start = Math.max(1, integer(startIndex, "startIndex", 1));
        int size = Math.min(maxPageSize, Math.max(0, integer(count, "count", maxPageSize)));
        String query = (filter == null ? "" : filter.trim()) + "\n"
                + (sort == null ? "" : sortBy.trim().toLowerCase(Locale.ROOT) + (descending ? " descending" : ""));
        return new ListParameters(parsed, sort, descending, start, size, attributes, excludedAttributes, cursor, query);
    }

    private static int integer(String value, String name, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed));
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue(name + " must be an integer, not '" + value + "'");
        }
    }

    private static String string(JsonObject body, String key) {
        return string(body, key, "a string");
    }

    /** A string member; absent and JSON null are null, any other value is 400 "{key} must be {expected}". */
    private static String string(JsonObject body, String key, String expected) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ScimException.invalidValue(key + " must be " + expected);
    }

    private static String number(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.bigIntegerValue().toString();
        }
        throw ScimException.invalidValue(key + " must be an integer");
    }

    /** attributes in a SearchRequest are a JSON array of names; a comma-separated string is accepted too. */
    private static String list(JsonObject body, String key) {
        if (!(body.get(key) instanceof JsonArray names)) {
            return string(body, key, "an array of attribute names");
        }
        StringBuilder joined = new StringBuilder();
        for (JsonValue element : names) {
            if (!(element instanceof JsonString s)) {
                throw ScimException.invalidValue(key + " must list attribute names as strings");
            }
            if (joined.length() > 0) {
                joined.append(',');
            }
            joined.append(s.getString());
        }
        return joined.toString();
    }

    /** Whether this request pages by cursor (RFC 9865) rather than by startIndex. */
    public boolean byCursor() {
        return cursor != null;
    }

    public SearchSpec toSearchSpec() {
        return new SearchSpec(filter, sortBy, descending, startIndex, count);
    }

    /** The search of one cursor page: this window instead of startIndex. */
    public SearchSpec toSearchSpec(Keyset keyset) {
        return new SearchSpec(filter, sortBy, descending, 1, count, keyset);
    }
}
