package dev.roster.resolution.registry.api;

import dev.roster.resolution.registry.RegistryException;
import dev.roster.web.api.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Registry refusals as problem+json. */
@Provider
public class RegistryProblemMapper implements ExceptionMapper<RegistryException> {

    @Override
    public Response toResponse(RegistryException exception) {
        return ProblemResponses.refused(exception.status(), exception.getMessage());
    }
}
