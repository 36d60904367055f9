package dev.roster.events.api;

import dev.roster.events.stream.StreamException;
import dev.roster.web.api.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Stream management refusals as problem+json, with SSF's status codes. */
@Provider
public class StreamProblemMapper implements ExceptionMapper<StreamException> {

    @Override
    public Response toResponse(StreamException exception) {
        return ProblemResponses.refused(exception.status(), exception.getMessage());
    }
}
