package dev.roster.directory.entity;

import dev.roster.platform.persistence.TimestampedEntity;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;

/**
 * The columns every stored SCIM resource has: {@code document} is the canonical JSON, the others are what
 * ownership, ordering and versioning need. Each subclass adds the copies of document values that its lookups,
 * uniqueness and ordering need, kept in step by {@link #update}.
 */
@MappedSuperclass
public abstract class ResourceEntity extends TimestampedEntity {

    @Column(name = "integration_id", nullable = false, length = 64)
    private String integrationId;

    /**
     * The name no two resources of a directory share, ignoring case: a user's userName, a group's displayName.
     * Each table names its own columns ({@code @AttributeOverride}); the unique index is on the lower-cased copy.
     */
    @Column(name = "unique_name", nullable = false, length = 512)
    private String uniqueName;

    @Column(name = "unique_name_ci", nullable = false, length = 512)
    private String uniqueNameCi;

    @Column(name = "external_id", length = 512)
    private String externalId;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "document", nullable = false, length = ColumnLimits.DOCUMENT)
    private String document;

    protected ResourceEntity() {}

    /** A new row: its id, its directory and its first version, created now. Then {@link #update} it. */
    protected ResourceEntity(String id, String integrationId, long now) {
        super(id, now);
        this.integrationId = integrationId;
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
        modified(now);
        this.version++;
    }

    /** Copies the document's values into the columns of this type, checking their sizes. */
    protected abstract void copyColumns(JsonObject document);

    /** The name shown for the resource in memberships and the provisioning log. */
    public abstract String name();

    protected void setUniqueName(String attribute, String value) {
        this.uniqueName = ColumnLimits.requireName(attribute, value);
        this.uniqueNameCi = value.toLowerCase(Locale.ROOT);
    }

    protected void setExternalId(String value) {
        this.externalId = ColumnLimits.requireName("externalId", value);
    }

    public String integrationId() {
        return integrationId;
    }

    public String uniqueName() {
        return uniqueName;
    }

    public long version() {
        return version;
    }

    public String document() {
        return document;
    }
}
