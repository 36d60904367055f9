package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import dev.roster.integration.IntegrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/integrations/{id}/events}: one integration's provisioning log. Its filters and paging are
 * {@link EventLogEndpoint}'s.
 */
@Path("integrations/{id}/events")
@RequestScoped
@Tag(name = "Admin: provisioning log")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationEventsResource implements EventLogEndpoint {

    @Inject
    EventQueries queries;

    @Inject
    IntegrationService integrations;

    @Override
    @GET
    @Operation(
            summary = "Read an integration's provisioning log, newest first",
            description = "SCIM writes, rejected requests and admin actions. Events of a deleted integration "
                    + "stay readable through GET /api/v1/events?integrationId=….")
    public EventPage list(@PathParam("id") String id, @Context UriInfo request) {
        integrations.require(id);
        return queries.run(false, id, EventQueries.Parameters.of(request));
    }
}
