package dev.roster.integration;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.json.CachedJson;
import dev.roster.platform.persistence.IssuedSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SCIM bearer token of an integration: the console's Save (regenerate, every earlier token dies at
 * once), rotate (the earlier token lives on for a grace period so the IdP can be updated without failed
 * syncs), and disable. Revocation is deleting or expiring credential rows, which the authenticator reads on
 * every request, so it takes effect on every node immediately. The token from {@code roster.scim.token} is
 * one of these tokens ({@link CredentialKind#SCIM_TOKENS}): ended here like any other, it stays ended, since
 * a restart applies the setting only when its value changed ({@link ConfiguredTokenBootstrap}).
 */
@ApplicationScoped
@Transactional
public class ScimTokenService {

    /** The longest grace a rotation may give the previous token. */
    public static final Duration MAX_GRACE = Duration.ofDays(7);

    @Inject
    IntegrationService integrations;

    @Inject
    IntegrationCredentials credentials;

    @Inject
    Event<ProvisioningEvent> events;

    /**
     * The state of an integration's SCIM tokens, without any secret: the newest generated token without an end,
     * the configured token ({@code roster.scim.token}) while it is still current, and every token in a grace period.
     */
    public record TokenState(CredentialEntity current, CredentialEntity configured, List<CredentialEntity> inGrace) {}

    /** Enables provisioning (if needed) and replaces every SCIM token with a new one. */
    public IssuedSecret<CredentialEntity> regenerate(String integrationId) {
        IntegrationEntity integration = integrations.requireForUpdate(integrationId);
        long now = System.currentTimeMillis();
        enable(integration, now);
        int revoked = credentials.deleteOfKinds(integrationId, CredentialKind.SCIM_TOKENS);
        IssuedSecret<CredentialEntity> issued =
                credentials.issue(integrationId, CredentialKind.SCIM_TOKEN, SecretTokens.SCIM_TOKEN_PREFIX, now, null);
        log(
                integration,
                EventOperation.TOKEN_REGENERATED,
                CachedJson.createObjectBuilder()
                        .add("tokenHint", issued.stored().hint())
                        .add("revokedTokens", revoked)
                        .build());
        return issued;
    }

    /**
     * Issues a new token; tokens that were current stay valid for {@code grace} (0 ends them now). A
     * token already in an earlier grace period keeps the earlier end: rotating never extends a token.
     */
    public IssuedSecret<CredentialEntity> rotate(String integrationId, Duration grace) {
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("grace must be between 0 and " + MAX_GRACE);
        }
        IntegrationEntity integration = integrations.requireForUpdate(integrationId);
        if (!integration.scimEnabled()) {
            throw new IntegrationStateException("SCIM provisioning is disabled for this integration: "
                    + "enable it (POST …/scim) before rotating its token");
        }
        long now = System.currentTimeMillis();
        long graceEnd = now + grace.toMillis();
        JsonObjectBuilder changes = CachedJson.createObjectBuilder();
        for (CredentialEntity token : credentials.ofKinds(integrationId, CredentialKind.SCIM_TOKENS)) {
            if (token.expiresAt() == null || token.expiresAt() > graceEnd) {
                token.expireAt(graceEnd);
            }
            if (token.expiresAt() == graceEnd) {
                changes.add("previousTokenHint", token.hint());
            }
        }
        IssuedSecret<CredentialEntity> issued =
                credentials.issue(integrationId, CredentialKind.SCIM_TOKEN, SecretTokens.SCIM_TOKEN_PREFIX, now, null);
        log(
                integration,
                EventOperation.TOKEN_ROTATED,
                changes.add("tokenHint", issued.stored().hint())
                        .add("graceSeconds", grace.toSeconds())
                        .add(
                                "previousValidUntil",
                                Instant.ofEpochMilli(graceEnd).toString())
                        .build());
        return issued;
    }

    /**
     * Switches provisioning off: the bearer authenticator refuses every token of a disabled integration,
     * and its SCIM tokens (the configured one included) and OAuth access tokens are deleted too, so neither
     * enabling it again nor a restart revives them.
     */
    public void disable(String integrationId) {
        IntegrationEntity integration = integrations.requireForUpdate(integrationId);
        int revoked = credentials.deleteOfKinds(integrationId, CredentialKind.BEARER);
        if (integration.scimEnabled() || revoked > 0) {
            integration.setScimEnabled(false, System.currentTimeMillis());
            log(
                    integration,
                    EventOperation.SCIM_DISABLED,
                    CachedJson.createObjectBuilder()
                            .add("revokedTokens", revoked)
                            .build());
        }
    }

    /** The current tokens (newest without an end, generated and configured) and the ones still in a grace period. */
    public TokenState state(String integrationId) {
        integrations.require(integrationId);
        long now = System.currentTimeMillis();
        CredentialEntity current = null;
        CredentialEntity configured = null;
        List<CredentialEntity> inGrace = new ArrayList<>();
        for (CredentialEntity token : credentials.ofKinds(integrationId, CredentialKind.SCIM_TOKENS)) {
            if (token.expiresAt() != null) {
                if (!token.isExpiredAt(now)) {
                    inGrace.add(token);
                }
            } else if (token.kind() == CredentialKind.CONFIGURED_TOKEN) {
                configured = configured == null ? token : configured;
            } else if (current == null) {
                current = token;
            }
        }
        return new TokenState(current, configured, inGrace);
    }

    private void enable(IntegrationEntity integration, long now) {
        if (!integration.scimEnabled()) {
            integration.setScimEnabled(true, now);
            log(integration, EventOperation.SCIM_ENABLED, null);
        }
    }

    private void log(IntegrationEntity integration, EventOperation operation, JsonObject changes) {
        events.fire(IntegrationEvents.success(integration, operation, changes));
    }
}
