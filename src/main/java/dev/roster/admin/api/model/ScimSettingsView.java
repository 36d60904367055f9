package dev.roster.admin.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The "Configure Your SCIM Integration" panel. {@code token} is present only in the answer of the call that
 * generated it; afterwards only {@code tokenHint} and the times are shown. {@code configuredToken} describes the
 * token from {@code roster.scim.token} while it is current (its hint is the setting's name, never its value).
 */
@Schema(
        name = "ScimSettings",
        example = "{\"integrationId\":\"okta-prod-x7k2q9\",\"idp\":\"okta\",\"scimEnabled\":true,"
                + "\"baseUrl\":\"https://roster.example.com/scim/v2\",\"uniqueIdentifierField\":\"userName\","
                + "\"provisioningActions\":[\"Push New Users\",\"Push Profile Updates\",\"Push Groups\"],"
                + "\"authenticationMode\":\"HTTP Header\",\"tokenType\":\"Bearer\","
                + "\"token\":\"rsct_q0Hj8kV2…(43 characters)\",\"tokenHint\":\"rsct_q0Hj…\","
                + "\"tokenCreatedAt\":\"2025-01-10T09:13:05Z\",\"previousTokens\":[],"
                + "\"configuredToken\":{\"hint\":\"roster.scim.token\",\"createdAt\":\"2025-01-09T17:02:11Z\"},"
                + "\"labels\":{\"baseUrl\":\"SCIM connector base URL\",\"token\":\"Bearer Token\"}}")
public record ScimSettingsView(
        String integrationId,
        @Schema(enumeration = {"okta", "entra", "generic"}) String idp,
        boolean scimEnabled,

        @Schema(description = "SCIM connector base URL: {roster.public-url}/scim/v2")
        String baseUrl,

        @Schema(example = "userName") String uniqueIdentifierField,

        @Schema(description = "Provisioning actions to enable in the IdP")
        List<String> provisioningActions,

        @Schema(example = "HTTP Header") String authenticationMode,

        @Schema(description = "Scheme of the Authorization header", example = "Bearer")
        String tokenType,

        @Schema(description = "The bearer token; shown only by the call that generated it")
        String token,

        String tokenHint,
        Instant tokenCreatedAt,
        Instant tokenLastUsedAt,

        @Schema(description = "Earlier tokens still valid during a rotation grace period")
        List<TokenInfo> previousTokens,

        @Schema(
                description = "The token from the roster.scim.token setting (integration default only), while it is "
                        + "a current token of the integration. Save, rotate and disable end it like any other token; a restart "
                        + "does not bring it back, only a changed configured value is applied again.")
        TokenInfo configuredToken,

        @Schema(description = "Field name → the label the IdP's own setup screen uses")
        Map<String, String> labels,

        @Schema(description = "Present when idp is entra") EntraSettings entra) {}
