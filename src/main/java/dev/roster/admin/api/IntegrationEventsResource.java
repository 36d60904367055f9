package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import dev.roster.integration.IntegrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/integrations/{id}/events}: one integration's provisioning log. */
@Path("integrations/{id}/events")
@RequestScoped
@Tag(name = "Admin: provisioning log")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationEventsResource {

    @Inject
    EventQueries queries;

    @Inject
    IntegrationService integrations;

    @GET
    @Operation(
            summary = "Read an integration's provisioning log, newest first",
            description = "SCIM writes, rejected requests and admin actions. Events of a deleted integration "
                    + "stay readable through GET /api/v1/events?integrationId=…."
                    + EventQueries.PARAMETERS)
    @APIResponseSchema(value = EventPage.class, responseCode = "200", responseDescription = "One page of events")
    @APIResponse(responseCode = "400", description = "Invalid parameter")
    @APIResponse(responseCode = "404", description = "No such integration")
    public EventPage list(
            @PathParam("id") String id,
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
        integrations.require(id);
        return queries.run(
                false,
                id,
                new EventQueries.Parameters(
                        since, until, operation, resourceType, resourceId, outcome, startIndex, count, page, size));
    }
}
