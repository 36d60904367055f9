package dev.roster.scim.filter;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** Short builders so expected trees in the tables read like the filters they come from. */
final class FilterFactories {

    private FilterFactories() {}

    /** {@code "name.familyName"} → AttributePath without URN (tests spell URN paths out explicitly). */
    static AttributePath attr(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0
                ? AttributePath.of(dotted)
                : AttributePath.of(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    static Filter cmp(String path, ComparisonOperator op, JsonValue value) {
        return new Filter.Comparison(attr(path), op, value);
    }

    static Filter cmp(AttributePath path, ComparisonOperator op, JsonValue value) {
        return new Filter.Comparison(path, op, value);
    }

    static Filter pr(String path) {
        return new Filter.Present(attr(path));
    }

    static Filter and(Filter left, Filter right) {
        return Filter.and(left, right);
    }

    static Filter or(Filter left, Filter right) {
        return Filter.or(left, right);
    }

    static Filter not(Filter filter) {
        return Filter.not(filter);
    }

    static Filter valuePath(String attribute, Filter filter) {
        return new Filter.ValuePath(attr(attribute), filter);
    }

    static JsonValue str(String value) {
        return Json.createValue(value);
    }

    static JsonValue num(String value) {
        return Json.createValue(new BigDecimal(value));
    }
}
