package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import dev.roster.admin.api.problem.Problem;
import dev.roster.admin.api.problem.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/events}: the whole provisioning log, including rejected requests that belonged to no
 * integration (bad tokens) and failed admin sign-ins.
 */
@Path("events")
@RequestScoped
@Tag(name = "Admin: provisioning log")
@SecurityRequirement(name = AdminApplication.BASIC)
@SecurityRequirement(name = AdminApplication.SESSION)
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventQueries queries;

    @GET
    @Operation(summary = "Read the provisioning log of all integrations, newest first")
    @APIResponse(responseCode = "200", description = "One page of events", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = AdminApplication.EXAMPLE_400)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventPage list(@Parameter(description = "Only this integration's events; \"none\" for those of no integration")
                          @QueryParam("integrationId") String integrationId,
                          @BeanParam EventParameters parameters) {
        if (integrationId == null || integrationId.isBlank()) {
            return queries.run(true, null, parameters.toParameters());
        }
        return queries.run(false, "none".equals(integrationId) ? null : integrationId, parameters.toParameters());
    }
}
