package dev.roster.integration.oauth;

import dev.roster.integration.CredentialEntity;
import dev.roster.integration.CredentialKind;
import dev.roster.integration.IntegrationCredentials;
import dev.roster.integration.IntegrationEntity;
import dev.roster.integration.IntegrationService;
import dev.roster.integration.SecretTokens;
import dev.roster.platform.persistence.IssuedSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The client-credentials grant (RFC 6749 section 4.4): authenticates the integration's client by the hash of
 * its secret (compared in constant time) and issues a short-lived bearer token, stored hashed as an
 * {@code OAUTH_ACCESS_TOKEN} credential that the SCIM authentication filter accepts until it expires.
 */
@ApplicationScoped
@Transactional
public class AccessTokenIssuer {

    @Inject
    IntegrationService integrations;

    @Inject
    IntegrationCredentials credentials;

    @Inject
    OAuthClientService clients;

    /** An access token just issued; its value leaves the server only in the token response. */
    public record Grant(String accessToken, int expiresInSeconds) {

        @Override
        public String toString() {
            return "Grant[expiresIn=" + expiresInSeconds + "]";
        }
    }

    public Grant issue(String integrationId, ClientCredentialsRequest request) {
        IntegrationEntity integration = integrations.find(integrationId).orElse(null);
        CredentialEntity secret = integration == null || !integration.id().equals(request.clientId())
                ? null
                : matchingSecret(integration.id(), request.clientSecret());
        if (secret == null) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication failed");
        }
        if (!ClientCredentialsRequest.CLIENT_CREDENTIALS.equals(request.grantType())) {
            throw new OAuthException(
                    OAuthError.UNSUPPORTED_GRANT_TYPE, "Only the client_credentials grant is supported");
        }
        if (!integration.scimEnabled()) {
            throw new OAuthException(
                    OAuthError.UNAUTHORIZED_CLIENT, "SCIM provisioning is disabled for this integration");
        }
        long now = System.currentTimeMillis();
        secret.markUsed(now);
        int lifetime = clients.lifetimeOf(integration);
        IssuedSecret<CredentialEntity> token = credentials.issue(
                integration.id(),
                CredentialKind.OAUTH_ACCESS_TOKEN,
                SecretTokens.ACCESS_TOKEN_PREFIX,
                now,
                now + lifetime * 1000L);
        return new Grant(token.value(), lifetime);
    }

    private CredentialEntity matchingSecret(String integrationId, String presented) {
        String hash = SecretTokens.hash(presented);
        CredentialEntity match = null;
        // Every stored secret is compared (there is normally one), in constant time, whatever matched first.
        for (CredentialEntity candidate : credentials.ofKind(integrationId, CredentialKind.OAUTH_CLIENT_SECRET)) {
            if (SecretTokens.hashesEqual(candidate.secretHash(), hash)
                    && !candidate.isExpiredAt(System.currentTimeMillis())) {
                match = candidate;
            }
        }
        return match;
    }
}
