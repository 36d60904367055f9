package dev.roster.resolution.rest;

/** Names and examples shared by the resolution endpoints' OpenAPI annotations. */
public final class ResolutionApi {

    /** The OpenAPI security scheme of resolution callers, declared on {@link ResolveResource}. */
    public static final String API_KEY = "resolutionApiKey";

    public static final String UNKNOWN_ACCOUNT = "urn:roster:problem:unknown-db-account";
    public static final String UNKNOWN_USER = "urn:roster:problem:unknown-user";
    public static final String AMBIGUOUS_EMAIL = "urn:roster:problem:ambiguous-email";

    static final String EXAMPLE_ATTRIBUTED =
            "{\"attributed\":true,\"endUser\":{\"id\":\"2819c223-7f76-453a-919d-413861904646\","
                    + "\"userName\":\"jane@example.com\",\"email\":\"jane@example.com\",\"displayName\":\"Jane Doe\",\"active\":true},"
                    + "\"groups\":[\"All staff\",\"Finance\"],\"repoUser\":\"looker_svc\",\"repository\":\"warehouse\","
                    + "\"application\":\"looker\",\"carrier\":\"looker-context\",\"claim\":{\"type\":\"lookerUserId\","
                    + "\"value\":\"123\",\"details\":{\"historySlug\":\"9e8d\"}}}";
    static final String EXAMPLE_TABLEAU =
            "{\"attributed\":true,\"endUser\":{\"id\":\"7d1f0c5e-2b8e-4d8e-9f7a-1c2d3e4f5a6b\","
                    + "\"userName\":\"jdoe\",\"email\":\"john.doe@example.com\",\"displayName\":\"John Doe\",\"active\":true},"
                    + "\"groups\":[\"Sales\"],\"repoUser\":\"tableau_svc\",\"repository\":\"warehouse\",\"application\":\"tableau\","
                    + "\"carrier\":\"tableau-initial-sql\",\"claim\":{\"type\":\"userName\",\"value\":\"jdoe\","
                    + "\"details\":{\"domain\":\"CORP\",\"qualifiedName\":\"CORP\\\\jdoe\"}}}";
    static final String EXAMPLE_NO_CARRIER =
            "{\"attributed\":false,\"reason\":\"no-carrier\",\"repoUser\":\"looker_svc\","
                    + "\"repository\":\"warehouse\",\"application\":\"looker\"}";
    static final String EXAMPLE_INACTIVE = "{\"attributed\":false,\"reason\":\"inactive-user\",\"endUser\":{\"id\":"
            + "\"2819c223-7f76-453a-919d-413861904646\",\"userName\":\"jane@example.com\",\"email\":\"jane@example.com\","
            + "\"displayName\":\"Jane Doe\",\"active\":false},\"groups\":[],\"repoUser\":\"looker_svc\","
            + "\"repository\":\"warehouse\",\"application\":\"looker\",\"carrier\":\"looker-email\","
            + "\"claim\":{\"type\":\"email\",\"value\":\"jane@example.com\"}}";
    static final String EXAMPLE_UNKNOWN_ACCOUNT =
            "{\"type\":\"urn:roster:problem:unknown-db-account\",\"title\":\"Not Found\","
                    + "\"status\":404,\"detail\":\"No database account 'looker_svc' is registered in a repository named 'warehouse'\"}";
    static final String EXAMPLE_UNKNOWN_USER = "{\"type\":\"urn:roster:problem:unknown-user\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"No user with the userName or email 'jdoe' in integration okta-prod-x7k2q9\"}";

    private ResolutionApi() {}
}
