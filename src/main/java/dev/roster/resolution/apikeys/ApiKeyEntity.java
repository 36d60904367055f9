package dev.roster.resolution.apikeys;

import dev.roster.platform.persistence.HashedSecretEntity;
import dev.roster.platform.persistence.SecretDigest;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
public class ApiKeyEntity extends HashedSecretEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "created_by", length = 100)
    private String createdBy;

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
            String id, String name, SecretDigest secret, long createdAt, String createdBy, IntegrationScope scope) {
        super(id, secret, createdAt);
        this.name = name;
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

    public String name() {
        return name;
    }

    public String createdBy() {
        return createdBy;
    }

    public Long revokedAt() {
        return revokedAt;
    }

    public IntegrationScope scope() {
        return allIntegrations ? IntegrationScope.ALL : IntegrationScope.only(scopeIntegrationIds);
    }
}
