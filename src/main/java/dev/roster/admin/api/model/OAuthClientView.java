package dev.roster.admin.api.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An integration's OAuth 2.0 client for the client-credentials grant. */
@Schema(
        name = "OAuthClient",
        example = "{\"clientId\":\"okta-prod-x7k2q9\",\"clientSecret\":\"rscs_Qm9…(43 characters)\","
                + "\"secretHint\":\"rscs_Qm9a…\",\"tokenEndpoint\":\"https://roster.example.com/oauth/v1/integrations/okta-prod-x7k2q9/token\","
                + "\"grantType\":\"client_credentials\",\"authenticationMethods\":[\"client_secret_basic\",\"client_secret_post\"],"
                + "\"accessTokenLifetimeSeconds\":3600,\"createdAt\":\"2025-01-10T09:20:00Z\"}")
public record OAuthClientView(
        @Schema(description = "The client id: the integration id")
        String clientId,

        @Schema(description = "The client secret; shown only by the call that generated it")
        String clientSecret,

        String secretHint,

        @Schema(description = "Where the client posts grant_type=client_credentials")
        String tokenEndpoint,

        String grantType,
        List<String> authenticationMethods,
        int accessTokenLifetimeSeconds,
        Instant createdAt,

        @Schema(description = "When the client last obtained a token")
        Instant lastUsedAt) {}
