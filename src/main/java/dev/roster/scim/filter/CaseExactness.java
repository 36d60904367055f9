package dev.roster.scim.filter;

import java.util.Optional;
import java.util.function.Function;

/**
 * Tells {@link FilterEvaluator} whether string comparisons on an attribute respect case (RFC 7643
 * {@code caseExact}). Paths are relative to the JSON object being evaluated; inside a value path they are
 * combined with its attribute, so {@code emails[type eq "work"]} asks about {@code emails.type}.
 */
@FunctionalInterface
public interface CaseExactness {

    /** True when the attribute is caseExact; implementations answer false for attributes they do not know. */
    boolean isCaseExact(AttributePath path);

    /** Every attribute compares case-insensitively: the RFC 7643 default for {@code caseExact}. */
    static CaseExactness caseInsensitive() {
        return path -> false;
    }

    /**
     * Adapts a schema lookup, for example
     * {@code fromLookup(p -> registry.resolve(type, p).map(r -> r.target().caseExact()))}; unknown attributes
     * are not caseExact.
     */
    static CaseExactness fromLookup(Function<AttributePath, Optional<Boolean>> lookup) {
        return path -> lookup.apply(path).orElse(false);
    }
}
