package dev.roster.scim.rest;

import dev.roster.scim.error.ScimException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Protocol errors raised anywhere below the SCIM resources become Error bodies. */
@Provider
public class ScimExceptionMapper implements ExceptionMapper<ScimException> {

    @Override
    public Response toResponse(ScimException exception) {
        return ScimErrorResponses.of(exception);
    }
}
