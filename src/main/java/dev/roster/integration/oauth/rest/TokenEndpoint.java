package dev.roster.integration.oauth.rest;

import dev.roster.audit.FailedAuthenticationLog;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.integration.IntegrationService;
import dev.roster.integration.oauth.AccessTokenIssuer;
import dev.roster.integration.oauth.ClientCredentialsRequest;
import dev.roster.integration.oauth.OAuthError;
import dev.roster.integration.oauth.OAuthException;
import dev.roster.json.CachedJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /oauth/v1/integrations/{id}/token}: the client-credentials token endpoint of one integration.
 * The body is read as raw text and parsed here, so RFC 6749's rules (form encoding, no repeated parameters,
 * one client authentication method) are checked exactly rather than by the framework's lenient form binding.
 */
@Path("integrations/{id}/token")
@RequestScoped
@Tag(name = "OAuth", description = "Client-credentials token endpoint (RFC 6749 section 4.4) for SCIM clients")
public class TokenEndpoint {

    /** A token request is a few hundred bytes; anything much larger is not one. */
    private static final int MAX_BODY_BYTES = 8192;

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    IntegrationService integrations;

    @Inject
    FailedAuthenticationLog failedAuthentications;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Get an access token for an integration's SCIM endpoints",
            description = "grant_type=client_credentials, form-encoded. The client id is the integration id; "
                    + "authenticate with HTTP Basic (preferred) or client_id and client_secret in the body.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = ClientCredentialsRequest.FORM,
                            examples = @ExampleObject(name = "request", value = "grant_type=client_credentials")))
    @APIResponse(
            responseCode = "200",
            description = "The access token",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenAnswers.Token.class),
                            examples =
                                    @ExampleObject(
                                            name = "token",
                                            value = "{\"access_token\":\"rsat_3q2…\","
                                                    + "\"token_type\":\"Bearer\",\"expires_in\":3600}")))
    @APIResponse(
            responseCode = "400",
            description = "invalid_request, unsupported_grant_type or unauthorized_client",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenAnswers.Error.class),
                            examples =
                                    @ExampleObject(
                                            name = "error",
                                            value =
                                                    "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Only the client_credentials grant is supported\"}")))
    @APIResponse(
            responseCode = "401",
            description = "invalid_client: unknown client or wrong secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenAnswers.Error.class),
                            examples =
                                    @ExampleObject(
                                            name = "error",
                                            value =
                                                    "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")))
    public Response token(
            @PathParam("id") String integrationId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream body)
            throws IOException {
        try {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new OAuthException(OAuthError.INVALID_REQUEST, "The token request is too large");
            }
            ClientCredentialsRequest request = ClientCredentialsRequest.parse(
                    contentType, authorization, new String(bytes, StandardCharsets.UTF_8));
            AccessTokenIssuer.Grant grant = issuer.issue(integrationId, request);
            var json = CachedJson.createObjectBuilder()
                    .add("access_token", grant.accessToken())
                    .add("token_type", "Bearer")
                    .add("expires_in", grant.expiresInSeconds());
            if (request.scope() != null) {
                // The requested scope is not honoured piecemeal: the token always covers this integration's SCIM API.
                json.add("scope", "scim");
            }
            return noStore(Response.ok(json.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
        } catch (OAuthException e) {
            recordRejection(integrationId, e);
            return error(e);
        }
    }

    /** RFC 6749 section 5.2; invalid_client carries a Basic challenge (required when Basic was tried). */
    static Response error(OAuthException e) {
        Response.ResponseBuilder response =
                Response.status(e.status()).entity(e.json()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        if (e.error() == OAuthError.INVALID_CLIENT) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"roster-oauth\"");
        }
        return noStore(response);
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    private void recordRejection(String integrationId, OAuthException e) {
        String known = integrations.find(integrationId).isPresent() ? integrationId : null;
        // Every caller of the token endpoint is unauthenticated until it succeeds: aggregated, by error code.
        failedAuthentications.record(
                ProvisioningEvent.rejected(
                        known,
                        e.status(),
                        "POST /oauth/v1/integrations/" + (known != null ? known : "…") + "/token: "
                                + e.error().code() + " (" + e.description() + ")"),
                e.error().code());
    }
}
