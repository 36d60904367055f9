package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/events}: the whole provisioning log, including rejected requests that belonged to no
 * integration (bad tokens) and failed admin sign-ins. Its filters and paging are {@link EventLogEndpoint}'s.
 */
@Path("events")
@RequestScoped
@Tag(name = "Admin: provisioning log")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource implements EventLogEndpoint {

    @Inject
    EventQueries queries;

    @Override
    @GET
    @Operation(
            summary = "Read the provisioning log of all integrations, newest first",
            description =
                    "All integrations unless integrationId is given (\"none\": requests that belonged to no integration).")
    public EventPage list(@QueryParam("integrationId") String integrationId, @Context UriInfo request) {
        EventQueries.Parameters parameters = EventQueries.Parameters.of(request);
        if (integrationId == null || integrationId.isBlank()) {
            return queries.run(true, null, parameters);
        }
        return queries.run(false, "none".equals(integrationId) ? null : integrationId, parameters);
    }
}
