package dev.roster.scim.error;

/**
 * The {@code scimType} values of RFC 7644 section 3.12, Table 9, and of RFC 9865 section 2.1 (cursors), with the
 * HTTP status each one goes with.
 * Non-standard conditions (authentication, rate limits, payload size) carry no scimType.
 */
public enum ScimErrorType {
    /** The filter syntax was invalid, or the attribute and comparison combination is not supported. */
    INVALID_FILTER("invalidFilter", 400),
    /** The filter yields too many results for the server to process. */
    TOO_MANY("tooMany", 400),
    /** One or more attribute values are already in use or reserved. */
    UNIQUENESS("uniqueness", 409),
    /** The modification is incompatible with the target attribute's mutability. */
    MUTABILITY("mutability", 400),
    /** The request body structure was invalid or did not conform to the schema. */
    INVALID_SYNTAX("invalidSyntax", 400),
    /** The path attribute was invalid or malformed. */
    INVALID_PATH("invalidPath", 400),
    /** The path did not yield an attribute or value that could be operated on. */
    NO_TARGET("noTarget", 400),
    /** A required value was missing, or the value specified was not compatible with the operation. */
    INVALID_VALUE("invalidValue", 400),
    /** The specified SCIM protocol version is not supported. */
    INVALID_VERS("invalidVers", 400),
    /** The request cannot be completed because it may reveal sensitive information. */
    SENSITIVE("sensitive", 403),
    /** RFC 9865 2.1: the cursor is not one this service provider issued for this query. */
    INVALID_CURSOR("invalidCursor", 400),
    /** RFC 9865 2.1: the cursor was issued longer ago than the advertised {@code cursorTimeout}. */
    EXPIRED_CURSOR("expiredCursor", 400);

    private final String wireName;
    private final int defaultStatus;

    ScimErrorType(String wireName, int defaultStatus) {
        this.wireName = wireName;
        this.defaultStatus = defaultStatus;
    }

    /** The value written in the Error body's {@code scimType}. */
    public String wireName() {
        return wireName;
    }

    public int defaultStatus() {
        return defaultStatus;
    }
}
