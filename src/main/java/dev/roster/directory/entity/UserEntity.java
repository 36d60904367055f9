package dev.roster.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A SCIM User. {@code document} is the canonical JSON; the other columns are copies of what lookups,
 * uniqueness, resolution and ordering need, kept in step by the store on every write.
 */
@Entity
@Table(name = "scim_user")
public class UserEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "integration_id", nullable = false, length = 64)
    private String integrationId;

    @Column(name = "user_name", nullable = false, length = 512)
    private String userName;

    @Column(name = "user_name_ci", nullable = false, length = 512)
    private String userNameCi;

    @Column(name = "external_id", length = 512)
    private String externalId;

    @Column(name = "display_name", length = 512)
    private String displayName;

    @Column(name = "email_ci", length = 512)
    private String emailCi;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "modified_at", nullable = false)
    private long modifiedAt;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "document", nullable = false, length = ColumnLimits.DOCUMENT)
    private String document;

    protected UserEntity() {}

    public UserEntity(String id, String integrationId, long now) {
        this.id = id;
        this.integrationId = integrationId;
        this.createdAt = now;
        this.modifiedAt = now;
        this.version = 1;
    }

    /** Replaces the stored document and every column derived from it. */
    public void update(UserColumns columns, String newDocument, long now, boolean isNew) {
        this.userName = ColumnLimits.requireName("userName", columns.userName());
        this.userNameCi = columns.userNameCi();
        this.externalId = ColumnLimits.requireName("externalId", columns.externalId());
        this.displayName = ColumnLimits.requireName("displayName", columns.displayName());
        // Only the lookup key: an email too long for it is still stored in the document.
        this.emailCi =
                columns.emailCi() == null || columns.emailCi().length() > ColumnLimits.NAME ? null : columns.emailCi();
        this.active = columns.active();
        this.document = ColumnLimits.requireDocument(newDocument);
        if (!isNew) {
            this.modifiedAt = now;
            this.version++;
        }
    }

    /** A change that is not in the document still changes the user's version. */
    public void touch(long now) {
        this.modifiedAt = now;
        this.version++;
    }

    public String id() {
        return id;
    }

    public String integrationId() {
        return integrationId;
    }

    public String userName() {
        return userName;
    }

    public String externalId() {
        return externalId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean active() {
        return active;
    }

    public long createdAt() {
        return createdAt;
    }

    public long modifiedAt() {
        return modifiedAt;
    }

    public long version() {
        return version;
    }

    public String document() {
        return document;
    }
}
