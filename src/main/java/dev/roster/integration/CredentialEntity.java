package dev.roster.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A secret that authenticates an integration, kept only as its SHA-256 hash. The hint (the first characters
 * of the token) lets an admin tell tokens apart without revealing them.
 */
@Entity
@Table(name = "credential")
@NamedQuery(name = CredentialEntity.BY_HASH, query = "SELECT c FROM CredentialEntity c WHERE c.secretHash = :hash")
@NamedQuery(
        name = CredentialEntity.BY_INTEGRATION_AND_KIND,
        query = "SELECT c FROM CredentialEntity c WHERE c.integrationId = :integrationId AND c.kind = :kind")
public class CredentialEntity {

    public static final String BY_HASH = "Credential.byHash";
    public static final String BY_INTEGRATION_AND_KIND = "Credential.byIntegrationAndKind";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "integration_id", nullable = false, length = 64)
    private String integrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private CredentialKind kind;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "hint", nullable = false, length = 32)
    private String hint;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "expires_at")
    private Long expiresAt;

    @Column(name = "last_used_at")
    private Long lastUsedAt;

    protected CredentialEntity() {}

    public CredentialEntity(
            String id,
            String integrationId,
            CredentialKind kind,
            String secretHash,
            String hint,
            long now,
            Long expiresAt) {
        this.id = id;
        this.integrationId = integrationId;
        this.kind = kind;
        this.secretHash = secretHash;
        this.hint = hint;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    public String integrationId() {
        return integrationId;
    }

    public CredentialKind kind() {
        return kind;
    }

    public String secretHash() {
        return secretHash;
    }

    public String hint() {
        return hint;
    }

    public long createdAt() {
        return createdAt;
    }

    public Long expiresAt() {
        return expiresAt;
    }

    public Long lastUsedAt() {
        return lastUsedAt;
    }

    public boolean isExpiredAt(long now) {
        return expiresAt != null && expiresAt <= now;
    }

    public void expireAt(long when) {
        this.expiresAt = when;
    }

    public void markUsed(long now) {
        this.lastUsedAt = now;
    }
}
