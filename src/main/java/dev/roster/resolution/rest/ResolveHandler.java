package dev.roster.resolution.rest;

import dev.roster.json.CachedJson;
import dev.roster.json.JsonNesting;
import dev.roster.resolution.apikeys.IntegrationScope;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.Resolution;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.ProblemTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code POST /api/v1/resolve} without the transport: validates the JSON body, resolves, and writes the answer.
 * Shared by {@link ResolveServlet} (the path requests take) and {@link ResolveResource} (its OpenAPI contract),
 * so both answer alike. Errors are {@link ApiProblem}s. A database account that resolves into an integration
 * outside the caller's key is answered like an unregistered one, before anything is resolved or recorded.
 */
@ApplicationScoped
public class ResolveHandler {

    private static final Logger LOG = Logger.getLogger(ResolveHandler.class.getName());

    static final int MAX_BODY_BYTES = 1_048_576;
    static final int MAX_STATEMENTS = 100;
    static final int MAX_SESSION_ID = 1000;
    private static final JsonReaderFactory READERS = CachedJson.createReaderFactory(Map.of());

    @Inject
    ResolutionService resolution;

    /** The answer's JSON for a request body from a caller whose key may read {@code scope}. */
    public String resolve(byte[] body, IntegrationScope scope) {
        JsonObject request = parse(body);
        String repository = requiredString(request, "repository");
        String dbAccount = requiredString(request, "dbAccount");
        String sessionId = optionalString(request, "sessionId");
        if (sessionId != null && (sessionId.isEmpty() || sessionId.length() > MAX_SESSION_ID)) {
            throw ApiProblem.badRequest("sessionId must have 1 to " + MAX_SESSION_ID + " characters");
        }
        List<String> statements = statements(request);
        // The account's own integration is the one every lookup of this resolution reads (Resolver), checked on the
        // same snapshot, so no answer can hold a user of an integration outside the key's scope.
        AccountConfig account = resolution
                .account(repository, dbAccount)
                .filter(found -> scope.includes(found.integrationId()))
                .orElseThrow(() -> new ApiProblem(
                        ResolutionApi.UNKNOWN_ACCOUNT,
                        404,
                        "No database account '" + dbAccount + "' is registered in a repository named '" + repository
                                + "'"));
        Resolution result = resolution.resolve(account, sessionId, statements);
        return ResolutionJson.resolution(account, result);
    }

    /** Reads at most 1 MiB + 1 byte; more is 413. */
    static byte[] readBody(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiProblem(ProblemTypes.INVALID_REQUEST, 413, "The body is larger than 1 MiB");
        }
        return bytes;
    }

    private static JsonObject parse(byte[] bytes) {
        try {
            JsonNesting.check(bytes);
        } catch (JsonNesting.TooDeepException e) {
            LOG.info("Refused a resolution request body: " + e.getMessage());
            throw ApiProblem.badRequest(e.getMessage());
        }
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // answered below
        }
        throw ApiProblem.badRequest(
                "The body must be a JSON object {\"repository\",\"dbAccount\",\"sessionId\",\"statements\"}");
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
        if (!(request.get("statements") instanceof JsonArray array)
                || array.isEmpty()
                || array.size() > MAX_STATEMENTS) {
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
