package dev.roster.scim.schema;

import dev.roster.json.WireName;

/** RFC 7643 section 2.3 data types. */
public enum AttributeType implements WireName {
    STRING,
    BOOLEAN,
    DECIMAL,
    INTEGER,
    DATE_TIME,
    BINARY,
    REFERENCE,
    COMPLEX;

    /** Types whose values compare as text (caseExact applies). */
    public boolean isText() {
        return this == STRING || this == REFERENCE || this == BINARY;
    }
}
