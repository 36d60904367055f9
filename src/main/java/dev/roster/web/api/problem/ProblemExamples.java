package dev.roster.web.api.problem;

/** Example problem documents for the OpenAPI description, one per kind of refusal the shell itself answers. */
public final class ProblemExamples {

    public static final String INVALID_REQUEST =
            "{\"type\":\"urn:roster:problem:invalid-request\",\"title\":\"Bad Request\","
                    + "\"status\":400,\"detail\":\"idp must be one of okta, entra, generic\"}";
    public static final String MISSING_BODY =
            "{\"type\":\"urn:roster:problem:invalid-request\",\"title\":\"Bad Request\","
                    + "\"status\":400,\"detail\":\"A JSON body is required\"}";
    public static final String INVALID_FILTER =
            "{\"type\":\"urn:roster:problem:invalid-filter\",\"title\":\"Bad Request\","
                    + "\"status\":400,\"detail\":\"Unexpected end of filter at position 12\"}";
    public static final String UNAUTHORIZED = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Sign in: HTTP Basic with the admin credentials, or a console session\"}";
    public static final String CROSS_ORIGIN =
            "{\"type\":\"" + ProblemTypes.CSRF + "\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Cross-origin requests cannot change anything here\"}";
    public static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No integration with id 'okta-prod-x7k2q9'\"}";

    private ProblemExamples() {}
}
