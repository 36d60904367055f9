package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import dev.roster.web.api.problem.ProblemExamples;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/events}: the whole provisioning log, including rejected requests that belonged to no
 * integration (bad tokens) and failed admin sign-ins.
 */
@Path("events")
@RequestScoped
@Tag(name = "Admin: provisioning log")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventQueries queries;

    @GET
    @Operation(
            summary = "Read the provisioning log of all integrations, newest first",
            description =
                    "All integrations unless integrationId is given (\"none\": requests that belonged to no integration)."
                            + EventQueries.PARAMETERS)
    @APIResponseSchema(value = EventPage.class, responseCode = "200", responseDescription = "One page of events")
    @APIResponse(
            responseCode = "400",
            description = "Invalid parameter",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ProblemExamples.INVALID_REQUEST)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    public EventPage list(
            @QueryParam("integrationId") String integrationId,
            @QueryParam("since") String since,
            @QueryParam("until") String until,
            @QueryParam("operation") String operation,
            @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("outcome") String outcome,
            @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        EventQueries.Parameters parameters = new EventQueries.Parameters(
                since, until, operation, resourceType, resourceId, outcome, startIndex, count, page, size);
        if (integrationId == null || integrationId.isBlank()) {
            return queries.run(true, null, parameters);
        }
        return queries.run(false, "none".equals(integrationId) ? null : integrationId, parameters);
    }
}
