package dev.roster.integration;

import dev.roster.platform.persistence.TimestampedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An IdP integration: one isolated directory with its own credentials. */
@Entity
@Table(name = "integration")
@AttributeOverride(name = "id", column = @Column(name = "id", length = 64))
public class IntegrationEntity extends TimestampedEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "idp", nullable = false, length = 16)
    private IdpType idp;

    @Column(name = "scim_enabled", nullable = false)
    private boolean scimEnabled;

    /** Null: access tokens live {@code roster.oauth.access-token-lifetime-seconds}. */
    @Column(name = "oauth_token_lifetime_seconds")
    private Integer oauthTokenLifetimeSeconds;

    protected IntegrationEntity() {}

    public IntegrationEntity(String id, String name, IdpType idp, long now) {
        super(id, now);
        this.name = name;
        this.idp = idp;
    }

    // Each column's reader stands next to the change that writes it; every change counts as a modification.

    public String name() {
        return name;
    }

    public void rename(String newName, long now) {
        this.name = newName;
        modified(now);
    }

    public IdpType idp() {
        return idp;
    }

    public void changeIdp(IdpType newIdp, long now) {
        this.idp = newIdp;
        modified(now);
    }

    public boolean scimEnabled() {
        return scimEnabled;
    }

    public void setScimEnabled(boolean enabled, long now) {
        this.scimEnabled = enabled;
        modified(now);
    }

    public Integer oauthTokenLifetimeSeconds() {
        return oauthTokenLifetimeSeconds;
    }

    public void setOauthTokenLifetimeSeconds(Integer seconds, long now) {
        this.oauthTokenLifetimeSeconds = seconds;
        modified(now);
    }
}
