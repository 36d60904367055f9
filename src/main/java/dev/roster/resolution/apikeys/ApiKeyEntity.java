package dev.roster.resolution.apikeys;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * An API key of a resolution caller; only the SHA-256 of the key is stored. It reads every integration, or only
 * those in {@code resolution_api_key_scope} ({@link IntegrationScope}).
 */
@Entity
@Table(name = "resolution_api_key")
public class ApiKeyEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "hint", nullable = false, length = 32)
    private String hint;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "last_used_at")
    private Long lastUsedAt;

    @Column(name = "revoked_at")
    private Long revokedAt;

    @Column(name = "all_integrations", nullable = false)
    private boolean allIntegrations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resolution_api_key_scope", joinColumns = @JoinColumn(name = "key_id"))
    @Column(name = "integration_id", length = 64)
    private Set<String> scopeIntegrationIds = new HashSet<>();

    protected ApiKeyEntity() {}

    ApiKeyEntity(
            String id,
            String name,
            String secretHash,
            String hint,
            long createdAt,
            String createdBy,
            IntegrationScope scope) {
        this.id = id;
        this.name = name;
        this.secretHash = secretHash;
        this.hint = hint;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.allIntegrations = scope.all();
        if (!scope.all()) {
            scopeIntegrationIds.addAll(scope.integrationIds());
        }
    }

    void revoke(long now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    public long createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Long lastUsedAt() {
        return lastUsedAt;
    }

    public Long revokedAt() {
        return revokedAt;
    }

    public IntegrationScope scope() {
        return allIntegrations ? IntegrationScope.ALL : IntegrationScope.only(scopeIntegrationIds);
    }
}
