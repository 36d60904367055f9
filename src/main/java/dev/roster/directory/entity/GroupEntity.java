package dev.roster.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A SCIM Group without its members, which live as rows of {@code group_member}. */
@Entity
@Table(name = "scim_group")
public class GroupEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "integration_id", nullable = false, length = 64)
    private String integrationId;

    @Column(name = "display_name", nullable = false, length = 512)
    private String displayName;

    @Column(name = "display_name_ci", nullable = false, length = 512)
    private String displayNameCi;

    @Column(name = "external_id", length = 512)
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "modified_at", nullable = false)
    private long modifiedAt;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "document", nullable = false, length = ColumnLimits.DOCUMENT)
    private String document;

    protected GroupEntity() {}

    public GroupEntity(String id, String integrationId, long now) {
        this.id = id;
        this.integrationId = integrationId;
        this.createdAt = now;
        this.modifiedAt = now;
        this.version = 1;
    }

    public void update(String newDisplayName, String newExternalId, String newDocument, long now, boolean isNew) {
        this.displayName = ColumnLimits.requireName("displayName", newDisplayName);
        this.displayNameCi = newDisplayName.toLowerCase(java.util.Locale.ROOT);
        this.externalId = ColumnLimits.requireName("externalId", newExternalId);
        this.document = ColumnLimits.requireDocument(newDocument);
        if (!isNew) {
            touch(now);
        }
    }

    /** A change that is not in the document (membership) still changes the group's version. */
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

    public String displayName() {
        return displayName;
    }

    public String externalId() {
        return externalId;
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
