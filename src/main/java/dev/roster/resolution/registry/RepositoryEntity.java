package dev.roster.resolution.registry;

import dev.roster.platform.SecretBox;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A data repository whose database accounts BI tools share, with its optional Looker API settings. */
@Entity
@Table(name = "data_repository")
public class RepositoryEntity extends RegistryNamedEntity {

    @Column(name = "repo_type", nullable = false, length = 32)
    private String type;

    @Column(name = "looker_api_url", length = 500)
    private String lookerApiUrl;

    @Column(name = "looker_client_id", length = 200)
    private String lookerClientId;

    /** Encrypted by {@link SecretBox}; never leaves the server. */
    @Column(name = "looker_client_secret", length = 1000)
    private String lookerClientSecret;

    @Column(name = "looker_cache_seconds")
    private Integer lookerCacheSeconds;

    protected RepositoryEntity() {}

    public RepositoryEntity(String id, String name, String type, long now) {
        super(id, now);
        rename(name, now);
        this.type = type;
    }

    void rename(String newName, long now) {
        name(newName);
        modified(now);
    }

    void retype(String newType, long now) {
        this.type = newType;
        modified(now);
    }

    /** Sets or (all null) removes the Looker API settings; {@code encryptedSecret} null keeps the stored one. */
    void looker(String apiUrl, String clientId, String encryptedSecret, Integer cacheSeconds, long now) {
        this.lookerApiUrl = apiUrl;
        this.lookerClientId = clientId;
        if (apiUrl == null) {
            this.lookerClientSecret = null;
        } else if (encryptedSecret != null) {
            this.lookerClientSecret = encryptedSecret;
        }
        this.lookerCacheSeconds = cacheSeconds;
        modified(now);
    }

    public String type() {
        return type;
    }

    public String lookerApiUrl() {
        return lookerApiUrl;
    }

    public String lookerClientId() {
        return lookerClientId;
    }

    String lookerClientSecretEncrypted() {
        return lookerClientSecret;
    }

    public boolean hasLookerSecret() {
        return lookerClientSecret != null;
    }

    public Integer lookerCacheSeconds() {
        return lookerCacheSeconds;
    }
}
