package dev.roster.scim.schema;

import dev.roster.json.WireName;

/** RFC 7643 section 7 "uniqueness". */
public enum Uniqueness implements WireName {
    NONE,
    SERVER,
    GLOBAL
}
