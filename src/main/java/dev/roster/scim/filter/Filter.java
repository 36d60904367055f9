package dev.roster.scim.filter;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * The SCIM filter AST (RFC 7644 section 3.4.2.2). Immutable nodes with value equality, so tests compare
 * whole trees. Backends translate it with a switch over the sealed hierarchy (SQL for the directory, an
 * in-memory matcher for one resource's multi-valued elements in PATCH).
 */
public sealed interface Filter {

    /** {@code path op value}; value is a JsonString, JsonNumber, TRUE, FALSE or NULL. */
    record Comparison(AttributePath path, ComparisonOperator operator, JsonValue value) implements Filter {
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code path pr}. */
    record Present(AttributePath path) implements Filter {
        public Present {
            Objects.requireNonNull(path, "path");
        }
    }

    record And(Filter left, Filter right) implements Filter {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Or(Filter left, Filter right) implements Filter {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Not(Filter filter) implements Filter {
        public Not {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * {@code path[filter]}: true when ONE element of the multi-valued attribute {@code path} satisfies
     * {@code filter}. Paths inside {@code filter} are relative to the element: their {@code attribute} is the
     * sub-attribute name ({@code emails[type eq "work"]} holds {@code Comparison(AttributePath.of("type"), …)}).
     */
    record ValuePath(AttributePath path, Filter filter) implements Filter {
        public ValuePath {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(filter, "filter");
        }
    }

    static Filter and(Filter left, Filter right) {
        return new And(left, right);
    }

    static Filter or(Filter left, Filter right) {
        return new Or(left, right);
    }

    static Filter not(Filter filter) {
        return new Not(filter);
    }
}
