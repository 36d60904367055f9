package dev.roster.admin.api;

import dev.roster.admin.api.model.OAuthClientRequest;
import dev.roster.admin.api.model.OAuthClientView;
import dev.roster.config.RosterConfig;
import dev.roster.integration.CredentialEntity;
import dev.roster.integration.oauth.OAuthClientService;
import dev.roster.web.api.IsoTimes;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.ProblemExamples;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/integrations/{id}/oauth-client}: the integration's OAuth 2.0 client for the client-credentials
 * token endpoint {@code /oauth/v1/integrations/{id}/token}, for IdPs configured with OAuth instead of a static token.
 */
@Path("integrations/{id}/oauth-client")
@RequestScoped
@Tag(name = "Admin: SCIM setup")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No such integration (or, for GET and DELETE, no client)",
        content = @Content(examples = @ExampleObject(name = "notFound", value = ProblemExamples.NOT_FOUND)))
public class OAuthClientResource {

    static final List<String> AUTH_METHODS = List.of("client_secret_basic", "client_secret_post");

    @Inject
    OAuthClientService clients;

    @Inject
    RosterConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create the OAuth client or rotate its secret",
            description =
                    "The secret is in this answer only. A previous secret and the access tokens issued with it stop working at once.")
    @APIResponseSchema(
            value = OAuthClientView.class,
            responseCode = "200",
            responseDescription = "The client with its new secret")
    @APIResponse(responseCode = "400", description = "accessTokenLifetimeSeconds out of range")
    public OAuthClientView create(@PathParam("id") String id, OAuthClientRequest request) {
        Integer lifetime = request == null ? null : request.accessTokenLifetimeSeconds();
        if (lifetime != null
                && (lifetime < OAuthClientService.MIN_LIFETIME_SECONDS
                        || lifetime > OAuthClientService.MAX_LIFETIME_SECONDS)) {
            throw ApiProblem.badRequest("accessTokenLifetimeSeconds must be between "
                    + OAuthClientService.MIN_LIFETIME_SECONDS + " and " + OAuthClientService.MAX_LIFETIME_SECONDS);
        }
        OAuthClientService.CreatedClient created = clients.create(id, lifetime);
        return view(
                created.clientId(),
                created.secret().value(),
                created.secret().stored(),
                created.accessTokenLifetimeSeconds());
    }

    @GET
    @Operation(summary = "Read the OAuth client (without its secret)")
    @APIResponseSchema(value = OAuthClientView.class, responseCode = "200", responseDescription = "The client")
    public OAuthClientView get(@PathParam("id") String id) {
        OAuthClientService.ClientInfo info = clients.describe(id)
                .orElseThrow(() -> ApiProblem.notFound("Integration " + id + " has no OAuth client"));
        return view(info.clientId(), null, info.secret(), info.accessTokenLifetimeSeconds());
    }

    @DELETE
    @Operation(summary = "Delete the OAuth client", description = "Its secret and access tokens stop working at once.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        if (!clients.delete(id)) {
            throw ApiProblem.notFound("Integration " + id + " has no OAuth client");
        }
        return Response.noContent().build();
    }

    private OAuthClientView view(String clientId, String secret, CredentialEntity credential, int lifetime) {
        return new OAuthClientView(
                clientId,
                secret,
                credential.hint(),
                config.publicUrl() + "/oauth/v1/integrations/" + clientId + "/token",
                "client_credentials",
                AUTH_METHODS,
                lifetime,
                IsoTimes.instant(credential.createdAt()),
                IsoTimes.instant(credential.lastUsedAt()));
    }
}
