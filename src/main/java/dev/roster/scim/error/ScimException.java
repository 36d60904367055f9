package dev.roster.scim.error;

import dev.roster.platform.http.HttpStatusException;

/**
 * A failure that becomes a SCIM Error response ({@code urn:ietf:params:scim:api:messages:2.0:Error}).
 * Immutable; build one with the factory named after the scimType so call sites read like the RFC.
 */
public class ScimException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    private final ScimErrorType scimType;

    public ScimException(int status, ScimErrorType scimType, String detail) {
        super(status, detail);
        this.scimType = scimType;
    }

    /** May be null: 401, 404, 412, 413, 415, 429 and 501 have no scimType. */
    public ScimErrorType scimType() {
        return scimType;
    }

    public String detail() {
        return getMessage();
    }

    public static ScimException of(ScimErrorType type, String detail) {
        return new ScimException(type.defaultStatus(), type, detail);
    }

    public static ScimException invalidFilter(String detail) {
        return of(ScimErrorType.INVALID_FILTER, detail);
    }

    public static ScimException invalidSyntax(String detail) {
        return of(ScimErrorType.INVALID_SYNTAX, detail);
    }

    public static ScimException invalidValue(String detail) {
        return of(ScimErrorType.INVALID_VALUE, detail);
    }

    public static ScimException invalidPath(String detail) {
        return of(ScimErrorType.INVALID_PATH, detail);
    }

    public static ScimException noTarget(String detail) {
        return of(ScimErrorType.NO_TARGET, detail);
    }

    public static ScimException mutability(String detail) {
        return of(ScimErrorType.MUTABILITY, detail);
    }

    public static ScimException uniqueness(String detail) {
        return of(ScimErrorType.UNIQUENESS, detail);
    }

    public static ScimException tooMany(String detail) {
        return of(ScimErrorType.TOO_MANY, detail);
    }

    public static ScimException sensitive(String detail) {
        return of(ScimErrorType.SENSITIVE, detail);
    }

    public static ScimException invalidCursor(String detail) {
        return of(ScimErrorType.INVALID_CURSOR, detail);
    }

    public static ScimException expiredCursor(String detail) {
        return of(ScimErrorType.EXPIRED_CURSOR, detail);
    }

    public static ScimException notFound(String detail) {
        return new ScimException(404, null, detail);
    }

    public static ScimException unauthorized(String detail) {
        return new ScimException(401, null, detail);
    }

    public static ScimException status(int status, String detail) {
        return new ScimException(status, null, detail);
    }
}
