package dev.roster.events.api;

import dev.roster.events.stream.ReceiverEntity;
import dev.roster.events.stream.ReceiverService;
import dev.roster.platform.persistence.IssuedSecret;
import dev.roster.web.api.IsoTimes;
import dev.roster.web.api.RequestBodies;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/event-receivers}: who may manage streams through the SSF API with a bearer token; issued (the
 * token shown once), listed and deleted by the admin.
 */
@Path("event-receivers")
@RequestScoped
@Tag(name = "Admin: push events")
@Produces(MediaType.APPLICATION_JSON)
public class EventReceiversResource {

    /** Body of issuing a receiver. */
    @Schema(name = "EventReceiverRequest", example = "{\"name\":\"data-proxy prod\"}")
    public record ReceiverRequest(
            @Schema(description = "Who the receiver is, 1–200 characters")
            String name) {}

    /** A receiver; {@code token} only in the answer that issued it. */
    @Schema(
            name = "EventReceiver",
            example = "{\"id\":\"01939a80-1111-7222-8333-444455556666\",\"name\":\"data-proxy prod\","
                    + "\"token\":\"rssf_Xk2…(43 characters)\",\"hint\":\"rssf_Xk2…\","
                    + "\"createdAt\":\"2026-12-01T09:00:00Z\"}")
    public record ReceiverView(
            String id,
            String name,

            @Schema(description = "The token: rssf_ + 256 bits; shown only by the call that issued it")
            String token,

            String hint,
            Instant createdAt,
            @Schema(description = "Kept to the minute") Instant lastUsedAt) {}

    /** All receivers. */
    @Schema(name = "EventReceiverList")
    public record ReceiverList(int totalResults, List<ReceiverView> items) {}

    @Inject
    ReceiverService receivers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue a receiver and its token",
            description = "The token is in this answer only; Roster keeps its SHA-256. The receiver sends it as "
                    + "Authorization: Bearer rssf_… to the SSF endpoints (/api/v1/ssf/…), where it sees and "
                    + "manages only the streams it created; it opens nothing else.")
    @APIResponseSchema(value = ReceiverView.class, responseCode = "201", responseDescription = "The receiver")
    @APIResponse(responseCode = "400", description = "Missing or invalid name")
    public Response issue(ReceiverRequest request) {
        IssuedSecret<ReceiverEntity> issued =
                receivers.issue(RequestBodies.required(request).name());
        return Response.status(201)
                .entity(view(issued.stored(), issued.value()))
                .build();
    }

    @GET
    @Operation(summary = "List receivers (without their tokens)")
    @APIResponseSchema(value = ReceiverList.class, responseCode = "200", responseDescription = "The receivers")
    public ReceiverList list() {
        List<ReceiverView> views =
                receivers.list().stream().map(r -> view(r, null)).toList();
        return new ReceiverList(views.size(), views);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Delete a receiver and its streams",
            description = "Its token stops working at once, on every node; the streams it created are deleted "
                    + "with their undelivered events.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such receiver")
    public Response delete(@PathParam("id") String id) {
        if (!receivers.delete(id)) {
            throw ApiProblem.notFound("No event receiver with id '" + id + "'");
        }
        return Response.noContent().build();
    }

    private static ReceiverView view(ReceiverEntity receiver, String token) {
        return new ReceiverView(
                receiver.id(),
                receiver.name(),
                token,
                receiver.hint(),
                Instant.ofEpochMilli(receiver.createdAt()),
                IsoTimes.instant(receiver.lastUsedAt()));
    }
}
