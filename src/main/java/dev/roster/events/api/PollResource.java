package dev.roster.events.api;

import dev.roster.events.delivery.DeliveryState;
import dev.roster.events.delivery.PollDelivery;
import dev.roster.events.delivery.PollStream;
import dev.roster.events.stream.StreamService;
import dev.roster.json.CachedJson;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RFC 8936 poll delivery: a poll stream's {@code delivery.endpoint_url}. */
@Path("ssf/poll/{streamId}")
@RequestScoped
@Tag(name = "Shared Signals")
public class PollResource {

    @Inject
    DeliveryState streams;

    @Inject
    PollDelivery delivery;

    @Inject
    StreamService management;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Poll a stream for SETs (RFC 8936)",
            description = "Acknowledges the SETs named in `ack` (and in `setErrs`, which also records the error on"
                    + " the stream), then answers the oldest SETs not yet acknowledged, up to `maxEvents` (at most"
                    + " 1,000). Without `returnImmediately: true` it waits up to 20 s for an event.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PollRequestBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "acknowledge and poll",
                                            value =
                                                    "{\"ack\":[\"1042-0\"],\"maxEvents\":10,\"returnImmediately\":true}")))
    @APIResponse(
            responseCode = "200",
            description = "SETs by jti",
            content =
                    @Content(
                            schema = @Schema(implementation = PollAnswerBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "one SET",
                                            value =
                                                    "{\"sets\":{\"1043-0\":\"eyJ0eXAiOiJzZWNldmVudCtqd3QiLCJhbGciOiJSUzI1NiJ9…\"},"
                                                            + "\"moreAvailable\":false}")))
    @APIResponse(responseCode = "400", description = "The body is not a poll request")
    @APIResponse(responseCode = "404", description = "No such poll stream, or not the caller's")
    public JsonObject poll(
            @PathParam("streamId") String streamId, JsonObject body, @Context ContainerRequestContext request) {
        management.read(SsfAuthenticationFilter.owner(request), streamId); // 404 unless the caller's
        PollStream stream = streams.pollStream(streamId);
        if (stream == null || !DeliveryState.POLL.equals(stream.method())) {
            throw ApiProblem.notFound("No poll stream " + streamId);
        }
        PollDelivery.Answer answer = delivery.poll(stream, request(body == null ? JsonValue.EMPTY_JSON_OBJECT : body));
        JsonObjectBuilder sets = CachedJson.createObjectBuilder();
        answer.sets().forEach(sets::add);
        JsonObjectBuilder reply = CachedJson.createObjectBuilder().add("sets", sets);
        if (answer.moreAvailable()) {
            reply.add("moreAvailable", true);
        }
        return reply.build();
    }

    static PollDelivery.Request request(JsonObject body) {
        try {
            Integer max = body.containsKey("maxEvents") ? body.getInt("maxEvents") : null;
            if (max != null && max < 0) {
                throw ApiProblem.badRequest("maxEvents must not be negative");
            }
            boolean immediately = body.getBoolean("returnImmediately", false);
            List<String> ack = new ArrayList<>();
            if (body.containsKey("ack")) {
                for (JsonString jti : body.getJsonArray("ack").getValuesAs(JsonString.class)) {
                    ack.add(jti.getString());
                }
            }
            Map<String, String> errors = new LinkedHashMap<>();
            if (body.containsKey("setErrs")) {
                for (Map.Entry<String, JsonValue> error :
                        body.getJsonObject("setErrs").entrySet()) {
                    JsonObject detail = error.getValue().asJsonObject();
                    errors.put(error.getKey(), detail.getString("err", "") + " " + detail.getString("description", ""));
                }
            }
            return new PollDelivery.Request(max, immediately, ack, errors);
        } catch (ClassCastException | NullPointerException e) {
            throw ApiProblem.badRequest("Not an RFC 8936 poll request: " + e.getMessage());
        }
    }

    /**
     * The request body, for the OpenAPI document. (Payara's OpenAPI scanner fails on {@code @Schema} on a record
     * component of a generic type, so the lists and maps are described here instead.)
     */
    @Schema(
            name = "PollRequest",
            description = "RFC 8936 2.2. `ack`: jti of SETs the receiver has stored; `setErrs`: jti to"
                    + " {err, description} of SETs it could not use.")
    public record PollRequestBody(
            @Schema(description = "Most SETs to answer") Integer maxEvents,

            @Schema(description = "Answer at once even when there is nothing (default false: wait up to 20 s)")
            Boolean returnImmediately,

            List<String> ack,
            Map<String, Map<String, String>> setErrs) {}

    /** The answer body, for the OpenAPI document. */
    @Schema(name = "PollAnswer", description = "RFC 8936 2.3. `sets`: jti to compact signed SET, oldest first.")
    public record PollAnswerBody(
            Map<String, String> sets,

            @Schema(description = "Whether more SETs are waiting")
            Boolean moreAvailable) {}
}
