package dev.roster.web.api.problem;

import dev.roster.json.CachedJson;
import jakarta.ws.rs.core.Response;

/**
 * Builds problem+json responses. The body is written here with JSON-P rather than by an entity provider, so
 * it is the same whether it comes from a resource, a mapper or a filter that aborted the request.
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** A string rather than a MediaType: the error page loads this class outside JAX-RS. */
    private static final String MEDIA_TYPE_UTF8 = MEDIA_TYPE + ";charset=UTF-8";

    private ProblemResponses() {}

    public static Response.ResponseBuilder builder(int status, String detail) {
        return builder(ProblemTypes.BLANK, status, null, detail);
    }

    /** @param title null for the status's reason phrase */
    public static Response.ResponseBuilder builder(String type, int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE_UTF8).entity(body(type, status, title, detail));
    }

    /** The problem document itself, for answers written outside JAX-RS (servlets, error pages). */
    public static String body(String type, int status, String title, String detail) {
        return CachedJson.createObjectBuilder()
                .add("type", type)
                .add("title", title != null ? title : reasonPhrase(status))
                .add("status", status)
                .add("detail", detail == null ? reasonPhrase(status) : detail)
                .build()
                .toString();
    }

    /** A feature's refusal of a request: a 400 is an invalid request, any other status is its plain self. */
    public static Response refused(int status, String detail) {
        String type = status == 400 ? ProblemTypes.INVALID_REQUEST : ProblemTypes.BLANK;
        return builder(type, status, null, detail).build();
    }

    public static Response of(int status, String detail) {
        return builder(status, detail).build();
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 429 ? "Too Many Requests" : status == 422 ? "Unprocessable Content" : "Error";
    }
}
