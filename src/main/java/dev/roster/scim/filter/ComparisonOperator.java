package dev.roster.scim.filter;

import dev.roster.json.WireName;
import java.util.Optional;

/** The attribute operators of RFC 7644 section 3.4.2.2 ({@code pr} is the separate {@link Filter.Present}). */
public enum ComparisonOperator implements WireName {
    EQ,
    NE,
    CO,
    SW,
    EW,
    GT,
    GE,
    LT,
    LE;

    /** Operators are case-insensitive on the wire. */
    public static Optional<ComparisonOperator> fromWire(String token) {
        return WireName.find(ComparisonOperator.class, token);
    }

    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    public boolean isSubstring() {
        return this == CO || this == SW || this == EW;
    }
}
