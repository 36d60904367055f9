package dev.roster.events.api;

import dev.roster.events.stream.StreamService;
import dev.roster.json.CachedJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/streams}: every stream with how its delivery goes, for the admin (the console's Streams page).
 * Streams are created and changed through the SSF endpoints, which take the admin's credentials too.
 */
@Path("streams")
@RequestScoped
@Tag(name = "Admin: push events")
@Produces(MediaType.APPLICATION_JSON)
public class StreamsAdminResource {

    static final String EXAMPLE = "{\"totalResults\":1,\"items\":[{\"stream_id\":\"01939a8e-6f2b-7c4d-9e1f-"
            + "2a3b4c5d6e7f\",\"iss\":\"https://roster.example.com\",\"aud\":\"https://receiver.example.com/ssf/events\","
            + "\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"https://receiver.example.com/ssf/events\"},"
            + "\"events_supported\":[\"…\"],\"events_requested\":[\"urn:ietf:params:scim:event:prov:deactivate\"],"
            + "\"events_delivered\":[\"urn:ietf:params:scim:event:prov:deactivate\"],"
            + "\"integration_ids\":[\"okta-prod-x7k2q9\"],\"status\":\"paused\",\"lag\":\"1204\","
            + "\"created_at\":\"2026-12-01T09:00:00Z\",\"status_reason\":\"Receiver failing since "
            + "2026-12-06T08:00:00Z\",\"receiver\":{\"id\":\"01939a80-1111-7222-8333-444455556666\","
            + "\"name\":\"data-proxy prod\"},\"last_delivered_at\":\"2026-12-06T07:59:58Z\",\"last_error\":"
            + "\"HTTP 503 from the receiver\",\"last_error_at\":\"2026-12-07T08:00:00Z\"}]}";

    /** A stream as the admin sees it: the SSF configuration plus status and delivery. */
    @Schema(name = "EventStream", allOf = SsfApi.Stream.class)
    record Summary(
            @Schema(enumeration = {"enabled", "paused", "disabled"})
            String status,

            @Schema(description = "Why the stream is paused or disabled")
            String status_reason,

            @Schema(
                    description = "Events committed after the last one delivered (or acknowledged) that the "
                            + "stream's integrations produced, counted up to 100000 (then \"100000+\")",
                    example = "1204")
            String lag,

            String created_at,

            @Schema(description = "The receiver that created the stream; absent when the admin did")
            Receiver receiver,

            String last_delivered_at,

            @Schema(description = "The last delivery failure")
            String last_error,

            String last_error_at) {}

    /** Who created a stream. */
    @Schema(name = "EventStreamReceiver")
    record Receiver(String id, String name) {}

    /** All streams. */
    @Schema(name = "EventStreamList", example = EXAMPLE)
    record SummaryList(int totalResults, List<Summary> items) {}

    @Inject
    StreamService streams;

    @GET
    @Operation(
            summary = "List every stream with its status, lag and last delivery",
            description = "For every receiver's streams and the admin's own; authorization headers are never shown.")
    @APIResponse(
            responseCode = "200",
            description = "The streams, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SummaryList.class),
                            examples = @ExampleObject(name = "streams", value = EXAMPLE)))
    public Response list() {
        JsonArray items = streams.summaries();
        return Response.ok(CachedJson.createObjectBuilder()
                        .add("totalResults", items.size())
                        .add("items", items)
                        .build()
                        .toString())
                .build();
    }
}
