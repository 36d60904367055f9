package dev.roster.directory.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A SCIM Group without its members, which live as rows of {@code group_member}. */
@Entity
@Table(name = "scim_group")
@AttributeOverrides({
    @AttributeOverride(name = "uniqueName", column = @Column(name = "display_name", nullable = false, length = 512)),
    @AttributeOverride(
            name = "uniqueNameCi",
            column = @Column(name = "display_name_ci", nullable = false, length = 512))
})
public class GroupEntity extends ResourceEntity {

    protected GroupEntity() {}

    public GroupEntity(String id, String integrationId, long now) {
        super(id, integrationId, now);
    }

    @Override
    protected void copyColumns(JsonObject document) {
        setUniqueName("displayName", document.getString("displayName"));
        setExternalId(document.get("externalId") instanceof JsonString s ? s.getString() : null);
    }

    /** The displayName. */
    @Override
    public String name() {
        return uniqueName();
    }
}
