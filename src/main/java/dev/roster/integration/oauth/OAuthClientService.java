package dev.roster.integration.oauth;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.config.RosterConfig;
import dev.roster.integration.CredentialEntity;
import dev.roster.integration.CredentialKind;
import dev.roster.integration.IntegrationCredentials;
import dev.roster.integration.IntegrationEntity;
import dev.roster.integration.IntegrationEvents;
import dev.roster.integration.IntegrationService;
import dev.roster.integration.SecretTokens;
import dev.roster.json.CachedJson;
import dev.roster.platform.persistence.IssuedSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The OAuth 2.0 client of an integration (client-credentials grant). The client id is the integration id;
 * the secret is stored as a hash. Creating a client again replaces the secret and revokes the access tokens
 * issued with the old one: rotating a secret is what an admin does when it may have leaked.
 */
@ApplicationScoped
@Transactional
public class OAuthClientService {

    public static final int MIN_LIFETIME_SECONDS = 1;
    public static final int MAX_LIFETIME_SECONDS = 86_400;

    @Inject
    IntegrationService integrations;

    @Inject
    IntegrationCredentials credentials;

    @Inject
    RosterConfig config;

    @Inject
    Event<ProvisioningEvent> events;

    /** A client just created: its id, its secret (shown once) and its access-token lifetime. */
    public record CreatedClient(
            String clientId, IssuedSecret<CredentialEntity> secret, int accessTokenLifetimeSeconds) {}

    /** A client as it can be shown again: no secret, only its hint. */
    public record ClientInfo(String clientId, CredentialEntity secret, int accessTokenLifetimeSeconds) {}

    /** @param lifetimeSeconds null for the configured default */
    public CreatedClient create(String integrationId, Integer lifetimeSeconds) {
        if (lifetimeSeconds != null
                && (lifetimeSeconds < MIN_LIFETIME_SECONDS || lifetimeSeconds > MAX_LIFETIME_SECONDS)) {
            throw new IllegalArgumentException("accessTokenLifetimeSeconds must be between " + MIN_LIFETIME_SECONDS
                    + " and " + MAX_LIFETIME_SECONDS);
        }
        IntegrationEntity integration = integrations.requireForUpdate(integrationId);
        long now = System.currentTimeMillis();
        int revoked = credentials.deleteOfKinds(
                integrationId, EnumSet.of(CredentialKind.OAUTH_CLIENT_SECRET, CredentialKind.OAUTH_ACCESS_TOKEN));
        integration.setOauthTokenLifetimeSeconds(lifetimeSeconds, now);
        IssuedSecret<CredentialEntity> secret = credentials.issue(
                integrationId, CredentialKind.OAUTH_CLIENT_SECRET, SecretTokens.CLIENT_SECRET_PREFIX, now, null);
        int lifetime = lifetimeOf(integration);
        events.fire(IntegrationEvents.success(
                integration,
                EventOperation.OAUTH_CLIENT_CREATED,
                CachedJson.createObjectBuilder()
                        .add("clientId", integrationId)
                        .add("secretHint", secret.stored().hint())
                        .add("accessTokenLifetimeSeconds", lifetime)
                        .add("revokedCredentials", revoked)
                        .build()));
        return new CreatedClient(integrationId, secret, lifetime);
    }

    public Optional<ClientInfo> describe(String integrationId) {
        IntegrationEntity integration = integrations.require(integrationId);
        return credentials.ofKind(integrationId, CredentialKind.OAUTH_CLIENT_SECRET).stream()
                .findFirst()
                .map(secret -> new ClientInfo(integrationId, secret, lifetimeOf(integration)));
    }

    /** Removes the client and every access token it obtained. */
    public boolean delete(String integrationId) {
        IntegrationEntity integration = integrations.requireForUpdate(integrationId);
        int removed = credentials.deleteOfKinds(
                integrationId, EnumSet.of(CredentialKind.OAUTH_CLIENT_SECRET, CredentialKind.OAUTH_ACCESS_TOKEN));
        if (removed > 0) {
            events.fire(IntegrationEvents.success(
                    integration,
                    EventOperation.OAUTH_CLIENT_DELETED,
                    CachedJson.createObjectBuilder()
                            .add("revokedCredentials", removed)
                            .build()));
        }
        return removed > 0;
    }

    int lifetimeOf(IntegrationEntity integration) {
        Integer own = integration.oauthTokenLifetimeSeconds();
        return own != null ? own : config.oauthAccessTokenLifetimeSeconds();
    }
}
