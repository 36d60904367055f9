package dev.roster.admin.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of both events endpoints, declared once. */
public class EventParameters {

    @QueryParam("since")
    @Parameter(description = "ISO-8601, inclusive, e.g. 2025-01-31T00:00:00Z")
    String since;

    @QueryParam("until")
    @Parameter(description = "ISO-8601, exclusive")
    String until;

    @QueryParam("operation")
    @Parameter(description = "Operation names, comma-separated, e.g. USER_CREATED,GROUP_MEMBERS_ADDED")
    String operation;

    @QueryParam("resourceType")
    @Parameter(description = "User, Group or Integration")
    String resourceType;

    @QueryParam("resourceId")
    String resourceId;

    @QueryParam("outcome")
    @Parameter(description = "success or rejected")
    String outcome;

    @QueryParam("startIndex")
    String startIndex;

    @QueryParam("count")
    String count;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    EventQueries.Parameters toParameters() {
        return new EventQueries.Parameters(since, until, operation, resourceType, resourceId, outcome,
                startIndex, count, page, size);
    }
}
