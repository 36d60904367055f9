package dev.roster.resolution.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A data repository whose database accounts BI tools share, with its optional Looker API settings. */
@Entity
@Table(name = "data_repository")
public class RepositoryEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_ci", nullable = false, length = 200)
    private String nameCi;

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

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "modified_at", nullable = false)
    private long modifiedAt;

    protected RepositoryEntity() {}

    public RepositoryEntity(String id, String name, String type, long now) {
        this.id = id;
        rename(name, now);
        this.type = type;
        this.createdAt = now;
    }

    void rename(String newName, long now) {
        this.name = newName;
        this.nameCi = newName.toLowerCase(Locale.ROOT);
        this.modifiedAt = now;
    }

    void retype(String newType, long now) {
        this.type = newType;
        this.modifiedAt = now;
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
        this.modifiedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
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

    public long createdAt() {
        return createdAt;
    }

    public long modifiedAt() {
        return modifiedAt;
    }
}
