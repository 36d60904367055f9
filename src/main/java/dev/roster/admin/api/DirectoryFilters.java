package dev.roster.admin.api;

import dev.roster.json.CachedJson;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.ComparisonOperator;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.web.api.PageRequest;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.json.JsonValue;

/**
 * The admin views' search options as one SCIM filter AST, so they run through the same filter-to-SQL
 * translation as the IdP's own requests: {@code filter} (any SCIM filter), {@code active}, and the search box
 * {@code q} (a substring of userName, displayName or an email; of displayName for groups). Users and groups are
 * sorted and paged alike.
 */
final class DirectoryFilters {

    static final int MAX_PAGE = 500;

    private DirectoryFilters() {}

    /** The page a list asked for, SCIM-style or console-style. */
    static PageRequest page(String startIndex, String count, String page, String size) {
        return PageRequest.of(startIndex, count, page, size, MAX_PAGE);
    }

    /** One page of the resources that match {@code filter}, in the order asked for. */
    static SearchSpec search(Filter filter, String sortBy, String sortOrder, PageRequest window) {
        return new SearchSpec(filter, sortBy(sortBy), descending(sortOrder), window.startIndex(), window.count());
    }

    static Filter users(String filter, String active, String q) {
        Filter combined = parse(filter);
        if (active != null && !active.isBlank()) {
            combined = and(
                    combined, new Filter.Comparison(AttributePath.of("active"), ComparisonOperator.EQ, bool(active)));
        }
        if (q != null && !q.isBlank()) {
            JsonValue text = CachedJson.createValue(q.strip());
            combined = and(
                    combined,
                    Filter.or(
                            Filter.or(
                                    contains(AttributePath.of("userName"), text),
                                    contains(AttributePath.of("displayName"), text)),
                            contains(AttributePath.of("emails", "value"), text)));
        }
        return combined;
    }

    static Filter groups(String filter, String q) {
        Filter combined = parse(filter);
        if (q != null && !q.isBlank()) {
            combined = and(combined, contains(AttributePath.of("displayName"), CachedJson.createValue(q.strip())));
        }
        return combined;
    }

    static AttributePath sortBy(String sortBy) {
        return sortBy == null || sortBy.isBlank()
                ? null
                : FilterParser.parsePath(sortBy).attribute();
    }

    static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.isBlank() || sortOrder.equalsIgnoreCase("ascending")) {
            return false;
        }
        if (sortOrder.equalsIgnoreCase("descending")) {
            return true;
        }
        throw ApiProblem.badRequest("sortOrder must be ascending or descending");
    }

    private static Filter parse(String filter) {
        return filter == null || filter.isBlank() ? null : FilterParser.parse(filter);
    }

    private static Filter and(Filter left, Filter right) {
        return left == null ? right : Filter.and(left, right);
    }

    private static Filter contains(AttributePath path, JsonValue text) {
        return new Filter.Comparison(path, ComparisonOperator.CO, text);
    }

    private static JsonValue bool(String value) {
        if (value.equalsIgnoreCase("true")) {
            return JsonValue.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return JsonValue.FALSE;
        }
        throw ApiProblem.badRequest("active must be true or false");
    }
}
