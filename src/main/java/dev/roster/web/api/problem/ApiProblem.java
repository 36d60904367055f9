package dev.roster.web.api.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by admin resources to answer with a problem; the detail is shown to the caller, so no secrets. */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;

    public ApiProblem(String type, int status, String detail) {
        super(detail);
        this.type = type;
        this.status = status;
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

    public int status() {
        return status;
    }

    public Response toResponse() {
        return ProblemResponses.builder(type, status, null, getMessage()).build();
    }
}
