package dev.roster.admin.api;

import dev.roster.admin.api.model.EntraSettings;
import dev.roster.admin.api.model.RotateTokenRequest;
import dev.roster.admin.api.model.ScimSettingsView;
import dev.roster.admin.api.model.TokenInfo;
import dev.roster.config.RosterConfig;
import dev.roster.integration.CredentialEntity;
import dev.roster.integration.IdpType;
import dev.roster.integration.IntegrationEntity;
import dev.roster.integration.IntegrationService;
import dev.roster.integration.ScimConnectorSettings;
import dev.roster.integration.ScimTokenService;
import dev.roster.platform.persistence.IssuedSecret;
import dev.roster.web.api.IsoTimes;
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
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/integrations/{id}/scim}: the "Configure Your SCIM Integration" panel. POST is the console's
 * Save (enable + new token, earlier tokens dead at once); rotate keeps the previous token for a grace period.
 */
@Path("integrations/{id}/scim")
@RequestScoped
@Tag(name = "Admin: SCIM setup")
@Produces(MediaType.APPLICATION_JSON)
public class ScimSetupResource {

    static final long DEFAULT_GRACE_SECONDS = 3600;

    @Inject
    IntegrationService integrations;

    @Inject
    ScimTokenService tokens;

    @Inject
    RosterConfig config;

    @POST
    @Operation(
            summary = "Enable SCIM provisioning and generate its bearer token (Save)",
            description = "The token is in this answer only. Every earlier SCIM token of the integration stops working "
                    + "at once, the one from roster.scim.token included (a restart does not bring it back).")
    @APIResponseSchema(
            value = ScimSettingsView.class,
            responseCode = "200",
            responseDescription = "The panel's values with the new token")
    public ScimSettingsView save(@PathParam("id") String id) {
        IssuedSecret<CredentialEntity> token = tokens.regenerate(id);
        return view(id, token);
    }

    @GET
    @Operation(
            summary = "Read the panel's values (without the token)",
            description = "The token is never shown twice: tokenHint, tokenCreatedAt and tokenLastUsedAt describe it.")
    @APIResponseSchema(value = ScimSettingsView.class, responseCode = "200", responseDescription = "The panel's values")
    public ScimSettingsView get(@PathParam("id") String id) {
        return view(id, null);
    }

    @POST
    @Path("rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue a new token, keeping the previous one valid for a grace period",
            description = "graceSeconds 0–604800 (default 3600). Use it to update the IdP without failed syncs. The "
                    + "current tokens, the one from roster.scim.token included, stop working when the grace ends.")
    @APIResponseSchema(
            value = ScimSettingsView.class,
            responseCode = "200",
            responseDescription = "The panel's values with the new token")
    @APIResponse(responseCode = "400", description = "graceSeconds out of range")
    @APIResponse(responseCode = "409", description = "Provisioning is disabled")
    public ScimSettingsView rotate(@PathParam("id") String id, RotateTokenRequest request) {
        long grace = request == null || request.graceSeconds() == null ? DEFAULT_GRACE_SECONDS : request.graceSeconds();
        if (grace < 0 || grace > ScimTokenService.MAX_GRACE.toSeconds()) {
            throw ApiProblem.badRequest("graceSeconds must be between 0 and " + ScimTokenService.MAX_GRACE.toSeconds());
        }
        IssuedSecret<CredentialEntity> token = tokens.rotate(id, Duration.ofSeconds(grace));
        return view(id, token);
    }

    @DELETE
    @Operation(
            summary = "Disable SCIM provisioning",
            description = "Its SCIM tokens (the one from roster.scim.token "
                    + "included) and OAuth access tokens stop working at once; a restart does not enable it again.")
    @APIResponse(responseCode = "204", description = "Disabled")
    public Response disable(@PathParam("id") String id) {
        tokens.disable(id);
        return Response.noContent().build();
    }

    private ScimSettingsView view(String id, IssuedSecret<CredentialEntity> issued) {
        IntegrationEntity integration = integrations.require(id);
        ScimTokenService.TokenState state = tokens.state(id);
        ScimConnectorSettings settings = ScimConnectorSettings.of(config.scimBaseUrl(), integration.idp());
        CredentialEntity current = state.current();
        String token = issued == null ? null : issued.value();
        List<TokenInfo> previous =
                state.inGrace().stream().map(ScimSetupResource::info).toList();
        EntraSettings entra = integration.idp() == IdpType.ENTRA ? new EntraSettings(settings.baseUrl(), token) : null;
        return new ScimSettingsView(
                id,
                integration.idp().wireName(),
                integration.scimEnabled(),
                settings.baseUrl(),
                settings.uniqueIdentifierField(),
                settings.provisioningActions(),
                settings.authenticationMode(),
                settings.tokenType(),
                token,
                current == null ? null : current.hint(),
                current == null ? null : IsoTimes.instant(current.createdAt()),
                current == null ? null : IsoTimes.instant(current.lastUsedAt()),
                previous,
                state.configured() == null ? null : info(state.configured()),
                settings.labels(),
                entra);
    }

    private static TokenInfo info(CredentialEntity credential) {
        return new TokenInfo(
                credential.hint(),
                IsoTimes.instant(credential.createdAt()),
                IsoTimes.instant(credential.lastUsedAt()),
                IsoTimes.instant(credential.expiresAt()));
    }
}
