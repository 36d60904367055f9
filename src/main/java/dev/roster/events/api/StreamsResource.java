package dev.roster.events.api;

import dev.roster.events.stream.StreamService;
import dev.roster.json.CachedJson;
import dev.roster.web.api.ApiApplication;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * SSF stream management (§8.1) at {@code /api/v1/ssf/streams}: the configuration endpoint and its status, subject and
 * verification endpoints, as the transmitter metadata names them. A receiver calls them with its bearer token and
 * manages only its own streams (another's is 404); the admin, with HTTP Basic or the console session, manages all.
 */
@Path("ssf/streams")
@RequestScoped
@Tag(name = SsfApi.TAG)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = SsfApi.RECEIVER)
@SecurityRequirement(name = ApiApplication.BASIC)
@SecurityRequirement(name = ApiApplication.SESSION)
@SecurityScheme(
        securitySchemeName = SsfApi.RECEIVER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "rssf_…",
        description = "A receiver's token, issued by the admin (POST /api/v1/event-receivers), for the SSF "
                + "stream management endpoints only; a receiver sees and manages only the streams it created")
public class StreamsResource {

    private static final String STREAM_ID = "The stream's stream_id";
    /** A receiver cannot tell another receiver's stream from one that does not exist. */
    private static final String NOT_FOUND = "No such stream, or another receiver's";

    @Inject
    StreamService streams;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a stream",
            description = "SSF §8.1.1.1. The body holds the receiver's fields: delivery (left out: poll), "
                    + "events_requested, description, and Roster's integration_ids. The new stream is enabled and "
                    + "gets the events committed from now on. A receiver may have several streams.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SsfApi.Stream.class),
                            examples = {
                                @ExampleObject(name = "push", value = SsfApi.EXAMPLE_CREATE),
                                @ExampleObject(name = "poll", value = SsfApi.EXAMPLE_CREATE_POLL)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "The stream's configuration",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SsfApi.Stream.class),
                            examples = {
                                @ExampleObject(name = "push", value = SsfApi.EXAMPLE_STREAM),
                                @ExampleObject(name = "poll", value = SsfApi.EXAMPLE_POLL_STREAM)
                            }))
    @APIResponse(
            responseCode = "400",
            description = "Not JSON, an invalid field, an unknown delivery method or integration, or a receiver "
                    + "URL that is not http(s) or names an internal address",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "privateUrl", value = SsfApi.EXAMPLE_PRIVATE_URL)))
    public Response create(String body, @Context ContainerRequestContext request) {
        JsonObject created = streams.create(SsfAuthenticationFilter.owner(request), object(body));
        return Response.status(201).entity(created.toString()).build();
    }

    @GET
    @Operation(
            summary = "Read one stream, or list the caller's",
            description = "SSF §8.1.1.2. With stream_id: that stream's configuration. Without: a JSON array of "
                    + "the caller's streams (every stream for the admin), [] when there are none.")
    @APIResponse(
            responseCode = "200",
            description = "One configuration object (with stream_id), or an array of them",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SsfApi.Stream.class),
                            examples = @ExampleObject(name = "one", value = SsfApi.EXAMPLE_STREAM)))
    @APIResponse(
            responseCode = "404",
            description = NOT_FOUND,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "unknown", value = SsfApi.EXAMPLE_NOT_FOUND)))
    public Response read(
            @Parameter(description = STREAM_ID) @QueryParam("stream_id") String streamId,
            @Context ContainerRequestContext request) {
        var owner = SsfAuthenticationFilter.owner(request);
        String answer = streamId == null
                ? streams.list(owner).toString()
                : streams.read(owner, streamId).toString();
        return Response.ok(answer).build();
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Update a stream",
            description = "SSF §8.1.1.3. The body names the stream (stream_id); the receiver fields it gives are "
                    + "applied, the others stay (within delivery too: authorization_header left out is kept). "
                    + "Transmitter fields (iss, aud, events_supported, events_delivered) may be repeated but must "
                    + "match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SsfApi.Stream.class),
                            examples = @ExampleObject(name = "events", value = SsfApi.EXAMPLE_PATCH)))
    @APIResponseSchema(
            value = SsfApi.Stream.class,
            responseCode = "200",
            responseDescription = "The stream's configuration after the update")
    @APIResponse(responseCode = "400", description = "Invalid, or a transmitter field that does not match")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response update(String body, @Context ContainerRequestContext request) {
        return Response.ok(streams.update(SsfAuthenticationFilter.owner(request), object(body))
                        .toString())
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace a stream",
            description = "SSF §8.1.1.4. The body names the stream (stream_id) and gives every receiver field; one "
                    + "it leaves out is removed (delivery left out: poll). Transmitter fields must match.")
    @RequestBodySchema(SsfApi.Stream.class)
    @APIResponseSchema(
            value = SsfApi.Stream.class,
            responseCode = "200",
            responseDescription = "The stream's configuration after the replacement")
    @APIResponse(responseCode = "400", description = "Invalid, or a transmitter field that does not match")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response replace(String body, @Context ContainerRequestContext request) {
        return Response.ok(streams.replace(SsfAuthenticationFilter.owner(request), object(body))
                        .toString())
                .build();
    }

    @DELETE
    @Operation(summary = "Delete a stream", description = "SSF §8.1.1.5. Its undelivered events are dropped with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "No stream_id")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response delete(
            @Parameter(description = STREAM_ID, required = true) @QueryParam("stream_id") String streamId,
            @Context ContainerRequestContext request) {
        streams.delete(SsfAuthenticationFilter.owner(request), streamId);
        return Response.noContent().build();
    }

    @GET
    @Path("status")
    @Operation(summary = "Read a stream's status", description = "SSF §8.1.2.1.")
    @APIResponseSchema(value = SsfApi.Status.class, responseCode = "200", responseDescription = "The status")
    @APIResponse(responseCode = "400", description = "No stream_id")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response status(
            @Parameter(description = STREAM_ID, required = true) @QueryParam("stream_id") String streamId,
            @Context ContainerRequestContext request) {
        return Response.ok(streams.status(SsfAuthenticationFilter.owner(request), streamId)
                        .toString())
                .build();
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Enable, pause or disable a stream",
            description = "SSF §8.1.2.2. A change is announced to the receiver with a stream-updated event, "
                    + "before pausing or disabling and upon enabling. Paused: events are held (until "
                    + "roster.events.stream-retention-days) and sent on enabling. Disabled: nothing is held; "
                    + "enabling starts from the events committed from then on.")
    @RequestBodySchema(SsfApi.Status.class)
    @APIResponseSchema(value = SsfApi.Status.class, responseCode = "200", responseDescription = "The status set")
    @APIResponse(responseCode = "400", description = "No stream_id, or an unknown status")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response setStatus(String body, @Context ContainerRequestContext request) {
        return Response.ok(streams.setStatus(SsfAuthenticationFilter.owner(request), object(body))
                        .toString())
                .build();
    }

    @POST
    @Path("subjects:add")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a subject to a stream",
            description = "SSF §8.1.3.2. Every subject is in a stream (default_subjects ALL) until removed; adding "
                    + "one takes back its removal.")
    @RequestBodySchema(SsfApi.SubjectRequest.class)
    @APIResponse(responseCode = "200", description = "Added (an empty answer)")
    @APIResponse(responseCode = "400", description = "No stream_id, or no subject object")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response addSubject(String body, @Context ContainerRequestContext request) {
        streams.addSubject(SsfAuthenticationFilter.owner(request), object(body));
        return Response.ok().build();
    }

    @POST
    @Path("subjects:remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Remove a subject from a stream",
            description = "SSF §8.1.3.3. Recorded, and the stream is sent feed:remove for the subject; from then on"
                    + " it gets no event about a resource the subject names (scim: its uri/id/externalId; email:"
                    + " one of its emails; opaque: its userName; complex: user and/or tenant, the integration;"
                    + " aliases: any of them) until the subject is added again. Other streams are unaffected;"
                    + " verification, feed and stream-updated events are never held back.")
    @RequestBodySchema(SsfApi.SubjectRequest.class)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "No stream_id, or no subject object")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response removeSubject(String body, @Context ContainerRequestContext request) {
        streams.removeSubject(SsfAuthenticationFilter.owner(request), object(body));
        return Response.noContent().build();
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Request a verification event",
            description = "SSF §8.1.4. A verification SET (subject: the stream, opaque) echoing state is queued for "
                    + "this stream alone and delivered in order with its other events, whatever its "
                    + "events_requested.")
    @RequestBodySchema(SsfApi.VerificationRequest.class)
    @APIResponse(responseCode = "204", description = "Queued")
    @APIResponse(responseCode = "400", description = "No stream_id")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response verify(String body, @Context ContainerRequestContext request) {
        streams.verify(SsfAuthenticationFilter.owner(request), object(body));
        return Response.noContent().build();
    }

    /** The body as a JSON object, or a 400. */
    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("A JSON body is required");
        }
        JsonStructure structure;
        try (JsonReader reader = CachedJson.createReader(new StringReader(body))) {
            structure = reader.read();
        } catch (JsonException e) {
            throw ApiProblem.badRequest("The request body is not valid JSON");
        }
        if (structure.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiProblem.badRequest("The request body must be a JSON object");
        }
        return structure.asJsonObject();
    }
}
