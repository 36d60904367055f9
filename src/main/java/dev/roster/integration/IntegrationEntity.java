package dev.roster.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An IdP integration: one isolated directory with its own credentials. */
@Entity
@Table(name = "integration")
public class IntegrationEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "idp", nullable = false, length = 16)
    private IdpType idp;

    @Column(name = "scim_enabled", nullable = false)
    private boolean scimEnabled;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "modified_at", nullable = false)
    private long modifiedAt;

    /** Null: access tokens live {@code roster.oauth.access-token-lifetime-seconds}. */
    @Column(name = "oauth_token_lifetime_seconds")
    private Integer oauthTokenLifetimeSeconds;

    protected IntegrationEntity() {}

    public IntegrationEntity(String id, String name, IdpType idp, long now) {
        this.id = id;
        this.name = name;
        this.idp = idp;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public IdpType idp() {
        return idp;
    }

    public boolean scimEnabled() {
        return scimEnabled;
    }

    public long createdAt() {
        return createdAt;
    }

    public long modifiedAt() {
        return modifiedAt;
    }

    public Integer oauthTokenLifetimeSeconds() {
        return oauthTokenLifetimeSeconds;
    }

    public void setOauthTokenLifetimeSeconds(Integer seconds, long now) {
        this.oauthTokenLifetimeSeconds = seconds;
        this.modifiedAt = now;
    }

    public void rename(String newName, long now) {
        this.name = newName;
        this.modifiedAt = now;
    }

    public void changeIdp(IdpType newIdp, long now) {
        this.idp = newIdp;
        this.modifiedAt = now;
    }

    public void setScimEnabled(boolean enabled, long now) {
        this.scimEnabled = enabled;
        this.modifiedAt = now;
    }
}
