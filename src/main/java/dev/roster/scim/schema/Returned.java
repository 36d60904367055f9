package dev.roster.scim.schema;

import dev.roster.json.WireName;

/** RFC 7643 section 7 "returned". */
public enum Returned implements WireName {
    ALWAYS,
    NEVER,
    DEFAULT,
    REQUEST
}
