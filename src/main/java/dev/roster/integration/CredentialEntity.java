package dev.roster.integration;

import dev.roster.platform.persistence.HashedSecretEntity;
import dev.roster.platform.persistence.SecretDigest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A secret that authenticates an integration: a SCIM token, an OAuth client secret or access token. */
@Entity
@Table(name = "credential")
@NamedQuery(name = CredentialEntity.BY_HASH, query = "SELECT c FROM CredentialEntity c WHERE c.secretHash = :hash")
@NamedQuery(
        name = CredentialEntity.BY_INTEGRATION_AND_KIND,
        query = "SELECT c FROM CredentialEntity c WHERE c.integrationId = :integrationId AND c.kind = :kind")
public class CredentialEntity extends HashedSecretEntity {

    public static final String BY_HASH = "Credential.byHash";
    public static final String BY_INTEGRATION_AND_KIND = "Credential.byIntegrationAndKind";

    @Column(name = "integration_id", nullable = false, length = 64)
    private String integrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private CredentialKind kind;

    @Column(name = "expires_at")
    private Long expiresAt;

    protected CredentialEntity() {}

    public CredentialEntity(
            String id, String integrationId, CredentialKind kind, SecretDigest secret, long now, Long expiresAt) {
        super(id, secret, now);
        this.integrationId = integrationId;
        this.kind = kind;
        this.expiresAt = expiresAt;
    }

    public String integrationId() {
        return integrationId;
    }

    public CredentialKind kind() {
        return kind;
    }

    public Long expiresAt() {
        return expiresAt;
    }

    public boolean isExpiredAt(long now) {
        return expiresAt != null && expiresAt <= now;
    }

    public void expireAt(long when) {
        this.expiresAt = when;
    }
}
