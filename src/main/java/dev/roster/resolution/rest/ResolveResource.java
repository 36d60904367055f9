package dev.roster.resolution.rest;

import dev.roster.admin.api.problem.ApiProblem;
import dev.roster.admin.api.problem.Problem;
import dev.roster.admin.api.problem.ProblemResponses;
import dev.roster.admin.api.problem.ProblemTypes;
import dev.roster.json.CachedJson;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.Resolution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/resolve}: who is behind statements a shared service account sent, and their groups. An
 * application-scoped singleton that reads and writes JSON itself: this is the hot path.
 */
@Path("resolve")
@ApplicationScoped
@Tag(name = "Identity resolution")
@SecurityRequirement(name = ResolutionApi.API_KEY)
public class ResolveResource {

    static final int MAX_BODY_BYTES = 1_048_576;
    static final int MAX_STATEMENTS = 100;
    static final int MAX_SESSION_ID = 1000;
    private static final JsonReaderFactory READERS = CachedJson.createReaderFactory(Map.of());

    @Inject
    ResolutionService resolution;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve the end user behind a service account's statements",
            description = "Reads the identity carriers (Looker context or email comments, Tableau Initial SQL, "
                    + "custom RosterContext comments) with the database account's markers, looks the person up in "
                    + "the account's integration directory (userName or email, ignoring case; Looker user ids via "
                    + "the Looker API or an uploaded mapping) and answers the user with their groups, direct and "
                    + "nested. Unattributed answers say why. Every answer is counted for the account's attribution "
                    + "records. Authenticate with an API key: Authorization: Bearer rsrk_…")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResolveRequest.class)))
    @APIResponse(responseCode = "200", description = "Attributed, or unattributed with a reason", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResolveAnswer.class),
            examples = {
                    @ExampleObject(name = "attributed", value = ResolutionApi.EXAMPLE_ATTRIBUTED),
                    @ExampleObject(name = "tableauSession", value = ResolutionApi.EXAMPLE_TABLEAU),
                    @ExampleObject(name = "noCarrier", value = ResolutionApi.EXAMPLE_NO_CARRIER),
                    @ExampleObject(name = "inactive", value = ResolutionApi.EXAMPLE_INACTIVE)}))
    @APIResponse(responseCode = "400", description = "Malformed body", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No, unknown or revoked API key", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The repository or database account is not registered",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownAccount", value = ResolutionApi.EXAMPLE_UNKNOWN_ACCOUNT)))
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resolve(InputStream body) {
        JsonObject request = read(body);
        String repository = requiredString(request, "repository");
        String dbAccount = requiredString(request, "dbAccount");
        String sessionId = optionalString(request, "sessionId");
        if (sessionId != null && (sessionId.isEmpty() || sessionId.length() > MAX_SESSION_ID)) {
            throw ApiProblem.badRequest("sessionId must have 1 to " + MAX_SESSION_ID + " characters");
        }
        List<String> statements = statements(request);
        AccountConfig account = resolution.account(repository, dbAccount).orElseThrow(() -> new ApiProblem(
                ResolutionApi.UNKNOWN_ACCOUNT, 404, "No database account '" + dbAccount + "' is registered in a "
                + "repository named '" + repository + "'"));
        Resolution result = resolution.resolve(account, sessionId, statements);
        return Response.ok(ResolutionJson.resolution(account, result), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static JsonObject read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiProblem(ProblemTypes.INVALID_REQUEST, 413, "The body is larger than 1 MiB");
        }
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // answered below
        }
        throw ApiProblem.badRequest("The body must be a JSON object {\"repository\",\"dbAccount\",\"sessionId\",\"statements\"}");
    }

    private static String requiredString(JsonObject request, String name) {
        String value = optionalString(request, name);
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(name + " is required");
        }
        return value;
    }

    private static String optionalString(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw ApiProblem.badRequest(name + " must be a string");
        }
        return s.getString();
    }

    private static List<String> statements(JsonObject request) {
        if (!(request.get("statements") instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_STATEMENTS) {
            throw ApiProblem.badRequest("statements must be an array of 1 to " + MAX_STATEMENTS + " strings");
        }
        List<String> statements = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (!(value instanceof JsonString s)) {
                throw ApiProblem.badRequest("statements must be an array of 1 to " + MAX_STATEMENTS + " strings");
            }
            statements.add(s.getString());
        }
        return statements;
    }
}
