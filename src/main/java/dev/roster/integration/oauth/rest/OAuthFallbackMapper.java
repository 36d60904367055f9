package dev.roster.integration.oauth.rest;

import dev.roster.integration.oauth.OAuthError;
import dev.roster.integration.oauth.OAuthException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every answer of the token endpoint in RFC 6749's error shape: wrong method or path becomes
 * invalid_request with the framework's status, anything unforeseen a 500 that reveals nothing.
 */
@Provider
public class OAuthFallbackMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(OAuthFallbackMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            Response error = TokenEndpoint.error(
                    new OAuthException(OAuthError.INVALID_REQUEST, status == 405 ? "Use POST" : "No such endpoint"));
            return Response.fromResponse(error).status(status).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Token endpoint failure, reference " + reference, exception);
        return Response.status(500)
                .type("application/json")
                .entity("{\"error\":\"server_error\",\"error_description\":\"Internal error, reference " + reference
                        + "\"}")
                .header("Cache-Control", "no-store")
                .build();
    }
}
