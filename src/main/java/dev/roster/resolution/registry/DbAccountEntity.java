package dev.roster.resolution.registry;

import dev.roster.resolution.core.Application;
import dev.roster.resolution.core.IdentityKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A database account of a repository: a shared service account and how its end users are resolved. */
@Entity
@Table(name = "db_account")
public class DbAccountEntity extends RegistryNamedEntity {

    @Column(name = "repository_id", nullable = false, length = 36)
    private String repositoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "application", nullable = false, length = 16)
    private Application application;

    @Column(name = "integration_id", nullable = false, length = 64)
    private String integrationId;

    @Column(name = "retrieve_groups", nullable = false)
    private boolean retrieveGroups;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_key", nullable = false, length = 16)
    private IdentityKey identityKey;

    @Column(name = "require_attribution", nullable = false)
    private boolean requireAttribution;

    @Column(name = "marker_looker_context", length = 128)
    private String markerLookerContext;

    @Column(name = "marker_email", length = 128)
    private String markerEmail;

    @Column(name = "marker_end_user", length = 128)
    private String markerEndUser;

    @Column(name = "marker_custom_context", length = 128)
    private String markerCustomContext;

    protected DbAccountEntity() {}

    public DbAccountEntity(String id, String repositoryId, long now) {
        super(id, now);
        this.repositoryId = repositoryId;
    }

    void apply(AccountSettings s, long now) {
        name(s.name());
        this.application = s.application();
        this.integrationId = s.integrationId();
        this.retrieveGroups = s.retrieveGroups();
        this.identityKey = s.identityKey();
        this.requireAttribution = s.requireAttribution();
        this.markerLookerContext = s.markerLookerContext();
        this.markerEmail = s.markerEmail();
        this.markerEndUser = s.markerEndUser();
        this.markerCustomContext = s.markerCustomContext();
        modified(now);
    }

    /** The account's settings: what the API shows and resolution runs on; change some and {@link #apply} them. */
    public AccountSettings settings() {
        return new AccountSettings(
                name(),
                application,
                integrationId,
                retrieveGroups,
                identityKey,
                requireAttribution,
                markerLookerContext,
                markerEmail,
                markerEndUser,
                markerCustomContext);
    }

    public String repositoryId() {
        return repositoryId;
    }
}
