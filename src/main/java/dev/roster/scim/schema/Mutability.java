package dev.roster.scim.schema;

import dev.roster.json.WireName;

/** RFC 7643 section 7 "mutability". */
public enum Mutability implements WireName {
    READ_ONLY,
    READ_WRITE,
    IMMUTABLE,
    WRITE_ONLY
}
