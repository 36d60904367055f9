package dev.roster.directory.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;

/** A SCIM Group without its members, which live as rows of {@code group_member}. */
@Entity
@Table(name = "scim_group")
public class GroupEntity extends ResourceEntity {

    @Column(name = "display_name", nullable = false, length = 512)
    private String displayName;

    @Column(name = "display_name_ci", nullable = false, length = 512)
    private String displayNameCi;

    protected GroupEntity() {}

    public GroupEntity(String id, String integrationId, long now) {
        super(id, integrationId, now);
    }

    @Override
    protected void copyColumns(JsonObject document) {
        String newDisplayName = document.getString("displayName");
        this.displayName = ColumnLimits.requireName("displayName", newDisplayName);
        this.displayNameCi = newDisplayName.toLowerCase(Locale.ROOT);
        setExternalId(document.get("externalId") instanceof JsonString s ? s.getString() : null);
    }

    @Override
    public String name() {
        return displayName;
    }
}
