package dev.roster.resolution.apikeys.api;

import dev.roster.integration.UnknownIntegrationException;
import dev.roster.platform.DisplayNames;
import dev.roster.platform.persistence.IssuedSecret;
import dev.roster.resolution.apikeys.ApiKeyEntity;
import dev.roster.resolution.apikeys.ApiKeyService;
import dev.roster.resolution.apikeys.IntegrationScope;
import dev.roster.web.api.IsoTimes;
import dev.roster.web.api.auth.AdminCaller;
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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/api-keys}: the API keys resolution callers use; issued (shown once), listed, revoked by the admin. */
@Path("api-keys")
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    /** The most integrations one key's scope may list. */
    static final int MAX_SCOPE = 1000;

    static final String SCOPE_DESCRIPTION = "The integrations whose users the key may read. Absent: all of them. "
            + "For any other integration the resolution endpoints answer 404, exactly as for an unknown one. An "
            + "integration that is deleted leaves the list.";

    /** Body of issuing a key. */
    @Schema(name = "ApiKeyRequest", example = "{\"name\":\"data-proxy prod\",\"integrations\":[\"okta-prod-x7k2q9\"]}")
    public record ApiKeyRequest(
            @Schema(description = "Who uses the key, 1–200 characters")
            String name,

            @Schema(
                    description =
                            SCOPE_DESCRIPTION + " When present: 1–" + MAX_SCOPE + " ids of existing integrations.",
                    example = "[\"okta-prod-x7k2q9\"]",
                    nullable = true)
            List<String> integrations) {}

    /** An API key; {@code key} only in the answer that issued it. */
    @Schema(
            name = "ApiKey",
            example = "{\"id\":\"3d9e…\",\"name\":\"data-proxy prod\",\"key\":\"rsrk_Xk2…(43 characters)\","
                    + "\"hint\":\"rsrk_Xk2…\",\"integrations\":[\"okta-prod-x7k2q9\"],\"active\":true,"
                    + "\"createdAt\":\"2026-01-10T09:20:00Z\",\"createdBy\":\"admin\"}")
    public record ApiKeyView(
            String id,
            String name,

            @Schema(description = "The key: rsrk_ + 256 bits; shown only by the call that issued it")
            String key,

            String hint,

            @Schema(
                    description = SCOPE_DESCRIPTION + " Empty when every listed integration was deleted (the key "
                            + "reads nothing).",
                    example = "[\"okta-prod-x7k2q9\"]",
                    nullable = true)
            List<String> integrations,

            boolean active,
            Instant createdAt,
            String createdBy,
            @Schema(description = "Kept to the minute") Instant lastUsedAt,
            Instant revokedAt) {}

    /** All keys. */
    @Schema(name = "ApiKeyList")
    public record ApiKeyList(int totalResults, List<ApiKeyView> items) {}

    @Inject
    ApiKeyService keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue an API key for resolution callers",
            description = "The key is in this answer "
                    + "only; Roster keeps its SHA-256. Callers send it as Authorization: Bearer rsrk_… to /api/v1/resolve "
                    + "and /api/v1/integrations/{id}/identities/…; it opens nothing else. With integrations, it reads only "
                    + "those integrations' users.")
    @APIResponseSchema(value = ApiKeyView.class, responseCode = "201", responseDescription = "The key")
    @APIResponse(
            responseCode = "400",
            description = "Missing or invalid name, or integrations empty, too long or "
                    + "naming an integration that does not exist")
    public Response issue(ApiKeyRequest request, @Context ContainerRequestContext context) {
        String name = DisplayNames.require(request == null ? null : request.name(), "name", ApiProblem::badRequest);
        IntegrationScope scope = scope(request.integrations());
        IssuedSecret<ApiKeyEntity> issued;
        try {
            issued = keys.issue(name, AdminCaller.of(context).username(), scope);
        } catch (UnknownIntegrationException e) {
            throw ApiProblem.badRequest("integrations: " + e.getMessage());
        }
        return Response.status(201)
                .entity(view(issued.stored(), issued.value()))
                .build();
    }

    /** Absent or null: all integrations; otherwise 1 to {@value #MAX_SCOPE} integration ids (duplicates count once). */
    static IntegrationScope scope(List<String> integrations) {
        if (integrations == null) {
            return IntegrationScope.ALL;
        }
        if (integrations.isEmpty() || integrations.size() > MAX_SCOPE) {
            throw ApiProblem.badRequest("integrations must list 1 to " + MAX_SCOPE
                    + " integration ids, or be left out for a key that reads every integration");
        }
        if (integrations.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw ApiProblem.badRequest("integrations must list integration ids");
        }
        return IntegrationScope.only(integrations);
    }

    @GET
    @Operation(summary = "List API keys (without the keys)", description = "Revoked keys stay listed.")
    @APIResponseSchema(value = ApiKeyList.class, responseCode = "200", responseDescription = "The keys")
    public ApiKeyList list() {
        List<ApiKeyView> views = keys.list().stream().map(k -> view(k, null)).toList();
        return new ApiKeyList(views.size(), views);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key", description = "At once, on every node.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") String id) {
        if (!keys.revoke(id)) {
            throw ApiProblem.notFound("No API key with id '" + id + "'");
        }
        return Response.noContent().build();
    }

    private static ApiKeyView view(ApiKeyEntity k, String value) {
        IntegrationScope scope = k.scope();
        List<String> integrations =
                scope.all() ? null : scope.integrationIds().stream().sorted().toList();
        return new ApiKeyView(
                k.id(),
                k.name(),
                value,
                k.hint(),
                integrations,
                k.revokedAt() == null,
                Instant.ofEpochMilli(k.createdAt()),
                k.createdBy(),
                IsoTimes.instant(k.lastUsedAt()),
                IsoTimes.instant(k.revokedAt()));
    }
}
