package dev.roster.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A secret a client presents (a SCIM token, an OAuth client secret, an API key), stored only as its SHA-256. The
 * hint (the first characters of the secret) lets an admin tell secrets apart without revealing them.
 */
@MappedSuperclass
public abstract class HashedSecretEntity extends CreatedEntity {

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "hint", nullable = false, length = 32)
    private String hint;

    @Column(name = "last_used_at")
    private Long lastUsedAt;

    protected HashedSecretEntity() {}

    protected HashedSecretEntity(String id, SecretDigest secret, long createdAt) {
        super(id, createdAt);
        this.secretHash = secret.hash();
        this.hint = secret.hint();
    }

    public String secretHash() {
        return secretHash;
    }

    public String hint() {
        return hint;
    }

    public Long lastUsedAt() {
        return lastUsedAt;
    }

    public void markUsed(long now) {
        this.lastUsedAt = now;
    }
}
