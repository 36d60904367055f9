package dev.roster.scim.error;

import dev.roster.json.WireName;

/**
 * The {@code scimType} values of RFC 7644 section 3.12, Table 9, and of RFC 9865 section 2.1 (cursors), with the
 * HTTP status each one goes with.
 * Non-standard conditions (authentication, rate limits, payload size) carry no scimType. The wire name is the
 * value written in the Error body's {@code scimType}.
 */
public enum ScimErrorType implements WireName {
    /** The filter syntax was invalid, or the attribute and comparison combination is not supported. */
    INVALID_FILTER(400),
    /** The filter yields too many results for the server to process. */
    TOO_MANY(400),
    /** One or more attribute values are already in use or reserved. */
    UNIQUENESS(409),
    /** The modification is incompatible with the target attribute's mutability. */
    MUTABILITY(400),
    /** The request body structure was invalid or did not conform to the schema. */
    INVALID_SYNTAX(400),
    /** The path attribute was invalid or malformed. */
    INVALID_PATH(400),
    /** The path did not yield an attribute or value that could be operated on. */
    NO_TARGET(400),
    /** A required value was missing, or the value specified was not compatible with the operation. */
    INVALID_VALUE(400),
    /** The specified SCIM protocol version is not supported. */
    INVALID_VERS(400),
    /** The request cannot be completed because it may reveal sensitive information. */
    SENSITIVE(403),
    /** RFC 9865 2.1: the cursor is not one this service provider issued for this query. */
    INVALID_CURSOR(400),
    /** RFC 9865 2.1: the cursor was issued longer ago than the advertised {@code cursorTimeout}. */
    EXPIRED_CURSOR(400);

    private final int defaultStatus;

    ScimErrorType(int defaultStatus) {
        this.defaultStatus = defaultStatus;
    }

    public int defaultStatus() {
        return defaultStatus;
    }
}
