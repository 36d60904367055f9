package dev.roster.resolution.apikeys.api;

import dev.roster.admin.api.problem.ApiProblem;
import dev.roster.admin.api.problem.Problem;
import dev.roster.admin.api.problem.ProblemResponses;
import dev.roster.admin.auth.AdminCaller;
import dev.roster.resolution.apikeys.ApiKeyEntity;
import dev.roster.resolution.apikeys.ApiKeyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/api-keys}: the API keys resolution callers use; issued (shown once), listed, revoked by the admin. */
@Path("api-keys")
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@SecurityRequirement(name = "adminBasic")
@SecurityRequirement(name = "adminSession")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(
        mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApiKeysResource {

    /** Body of issuing a key. */
    @Schema(name = "ApiKeyRequest", example = "{\"name\":\"data-proxy prod\"}")
    public record ApiKeyRequest(@Schema(description = "Who uses the key, 1–200 characters") String name) {
    }

    /** An API key; {@code key} only in the answer that issued it. */
    @Schema(name = "ApiKey", example = "{\"id\":\"3d9e…\",\"name\":\"data-proxy prod\",\"key\":\"rsrk_Xk2…(43 characters)\","
            + "\"hint\":\"rsrk_Xk2…\",\"active\":true,\"createdAt\":\"2026-01-10T09:20:00Z\",\"createdBy\":\"admin\"}")
    public record ApiKeyView(String id, String name,
            @Schema(description = "The key: rsrk_ + 256 bits; shown only by the call that issued it") String key,
            String hint, boolean active, Instant createdAt, String createdBy,
            @Schema(description = "Kept to the minute") Instant lastUsedAt, Instant revokedAt) {
    }

    /** All keys. */
    @Schema(name = "ApiKeyList")
    public record ApiKeyList(int totalResults, List<ApiKeyView> items) {
    }

    @Inject
    ApiKeyService keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key for resolution callers", description = "The key is in this answer "
            + "only; Roster keeps its SHA-256. Callers send it as Authorization: Bearer rsrk_… to /api/v1/resolve "
            + "and /api/v1/integrations/{id}/identities/…; it opens nothing else.")
    @APIResponse(responseCode = "201", description = "The key", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid name", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(ApiKeyRequest request, @Context ContainerRequestContext context) {
        String name = request == null || request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200 || name.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest("name must have 1 to 200 characters");
        }
        ApiKeyService.IssuedKey issued = keys.issue(name, AdminCaller.of(context).username());
        return Response.status(201).entity(view(issued.key(), issued.value())).build();
    }

    @GET
    @Operation(summary = "List API keys (without the keys)", description = "Revoked keys stay listed.")
    @APIResponse(responseCode = "200", description = "The keys", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyList.class)))
    public ApiKeyList list() {
        List<ApiKeyView> views = keys.list().stream().map(k -> view(k, null)).toList();
        return new ApiKeyList(views.size(), views);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key", description = "At once on this node, within "
            + "roster.resolution.cache-millis on the others.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key", content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") String id) {
        if (!keys.revoke(id)) {
            throw ApiProblem.notFound("No API key with id '" + id + "'");
        }
        return Response.noContent().build();
    }

    private static ApiKeyView view(ApiKeyEntity k, String value) {
        return new ApiKeyView(k.id(), k.name(), value, k.hint(), k.revokedAt() == null,
                Instant.ofEpochMilli(k.createdAt()), k.createdBy(),
                k.lastUsedAt() == null ? null : Instant.ofEpochMilli(k.lastUsedAt()),
                k.revokedAt() == null ? null : Instant.ofEpochMilli(k.revokedAt()));
    }
}
