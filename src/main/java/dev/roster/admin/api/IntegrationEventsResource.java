package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import dev.roster.admin.api.problem.Problem;
import dev.roster.admin.api.problem.ProblemResponses;
import dev.roster.integration.IntegrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/integrations/{id}/events}: one integration's provisioning log. */
@Path("integrations/{id}/events")
@RequestScoped
@Tag(name = "Admin: provisioning log")
@SecurityRequirement(name = AdminApplication.BASIC)
@SecurityRequirement(name = AdminApplication.SESSION)
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationEventsResource {

    @Inject
    EventQueries queries;

    @Inject
    IntegrationService integrations;

    @GET
    @Operation(summary = "Read an integration's provisioning log, newest first",
            description = "SCIM writes, rejected requests and admin actions. Events of a deleted integration "
                    + "stay readable through GET /api/v1/events?integrationId=…")
    @APIResponse(responseCode = "200", description = "One page of events", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such integration", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventPage list(@PathParam("id") String id, @BeanParam EventParameters parameters) {
        integrations.require(id);
        return queries.run(false, id, parameters.toParameters());
    }
}
