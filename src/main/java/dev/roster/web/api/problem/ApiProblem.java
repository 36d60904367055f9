package dev.roster.web.api.problem;

import dev.roster.platform.http.HttpStatusException;
import jakarta.ws.rs.core.Response;

/** Thrown by admin resources to answer with a problem (RFC 9457) of the given type. */
public class ApiProblem extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    private final String type;

    public ApiProblem(String type, int status, String detail) {
        super(status, detail);
        this.type = type;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(ProblemTypes.INVALID_REQUEST, 400, detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(ProblemTypes.BLANK, 404, detail);
    }

    /** The problem type URI. */
    public String type() {
        return type;
    }

    public Response toResponse() {
        return ProblemResponses.builder(type, status(), null, getMessage()).build();
    }
}
