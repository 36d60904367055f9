package dev.roster.scim.rest;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds SCIM Error responses (RFC 7644 section 3.12): {@code status} is a string, the type is scim+json. */
public final class ScimErrorResponses {

    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimErrorResponses() {}

    public static JsonObject body(int status, String scimType, String detail) {
        JsonObjectBuilder body = CachedJson.createObjectBuilder()
                .add("schemas", CachedJson.createArrayBuilder().add(ERROR_SCHEMA))
                .add("status", Integer.toString(status));
        if (scimType != null) {
            body.add("scimType", scimType);
        }
        if (detail != null) {
            body.add("detail", detail);
        }
        return body.build();
    }

    public static Response.ResponseBuilder builder(int status, String scimType, String detail) {
        return Response.status(status).type(ScimMediaTypes.SCIM_JSON_TYPE).entity(body(status, scimType, detail));
    }

    /**
     * 429 for a request beyond its integration's rate limit: {@code Retry-After} in whole seconds and a detail
     * naming the limit, followed by {@code note} (empty, or what else counted).
     */
    public static Response tooManyRequests(double requestsPerSecond, long retryAfterSeconds, String note) {
        return builder(
                        429,
                        null,
                        "Too many requests for this integration: the limit is "
                                + formatRate(requestsPerSecond) + " requests per second" + note + "; retry after "
                                + retryAfterSeconds + " s")
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .build();
    }

    private static String formatRate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    public static Response of(ScimException e) {
        Response.ResponseBuilder builder =
                builder(e.status(), e.scimType() == null ? null : e.scimType().wireName(), e.detail());
        if (e.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"roster-scim\"");
        }
        return builder.build();
    }
}
