package dev.roster.scim.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own rejections (unknown path 404, wrong method 405, wrong content type 415, not acceptable 406)
 * in SCIM's Error format, so a client sees one error shape on /scim whatever failed.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder builder = ScimErrorResponses.builder(status, null, detailFor(status));
        if (exception instanceof NotAllowedException) {
            builder.header("Allow", original.getHeaderString("Allow"));
        }
        return builder.build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No such endpoint";
            case 405 -> "Method not allowed on this endpoint";
            case 406 -> "Only application/scim+json and application/json responses are available";
            case 415 -> "Content-Type must be application/scim+json or application/json";
            default ->
                Response.Status.fromStatusCode(status) != null
                        ? Response.Status.fromStatusCode(status).getReasonPhrase()
                        : "Request failed";
        };
    }
}
