package dev.roster.directory.entity;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every stored SCIM resource has: {@code document} is the canonical JSON, the others are what
 * ownership, ordering and versioning need. Each subclass adds the copies of document values that its lookups,
 * uniqueness and ordering need, kept in step by {@link #update}.
 */
@MappedSuperclass
public abstract class ResourceEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "integration_id", nullable = false, length = 64)
    private String integrationId;

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

    protected ResourceEntity() {}

    protected ResourceEntity(String id, String integrationId, long now) {
        this.id = id;
        this.integrationId = integrationId;
        this.createdAt = now;
        this.modifiedAt = now;
        this.version = 1;
    }

    /**
     * Replaces the stored document ({@code text} is {@code document} as stored) and every column derived from
     * it; a resource that is not new gets a new version.
     */
    public void update(JsonObject document, String text, long now, boolean isNew) {
        copyColumns(document);
        this.document = ColumnLimits.requireDocument(text);
        if (!isNew) {
            touch(now);
        }
    }

    /** A change that is not in the document (membership) still changes the resource's version. */
    public void touch(long now) {
        this.modifiedAt = now;
        this.version++;
    }

    /** Copies the document's values into the columns of this type, checking their sizes. */
    protected abstract void copyColumns(JsonObject document);

    /** The name shown for the resource in memberships and the provisioning log. */
    public abstract String name();

    protected void setExternalId(String value) {
        this.externalId = ColumnLimits.requireName("externalId", value);
    }

    public String id() {
        return id;
    }

    public String integrationId() {
        return integrationId;
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
