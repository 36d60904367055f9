package dev.roster.web.api;

import dev.roster.web.api.problem.ApiProblem;

/** The JSON body every writing endpoint needs: a request without one is a 400, not a NullPointerException. */
public final class RequestBodies {

    private RequestBodies() {}

    public static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("A JSON body is required");
        }
        return body;
    }
}
