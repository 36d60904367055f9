package dev.roster.directory.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;

/** A SCIM User, with the columns that lookups, uniqueness, identity resolution and ordering need. */
@Entity
@Table(name = "scim_user")
@AttributeOverrides({
    @AttributeOverride(name = "uniqueName", column = @Column(name = "user_name", nullable = false, length = 512)),
    @AttributeOverride(name = "uniqueNameCi", column = @Column(name = "user_name_ci", nullable = false, length = 512))
})
public class UserEntity extends ResourceEntity {

    protected UserEntity() {}

    public UserEntity(String id, String integrationId, long now) {
        super(id, integrationId, now);
    }

    @Column(name = "display_name", length = 512)
    private String displayName;

    @Column(name = "email_ci", length = 512)
    private String emailCi;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Override
    protected void copyColumns(JsonObject document) {
        setUniqueName("userName", document.getString("userName"));
        setExternalId(stringOrNull(document, "externalId"));
        this.displayName = ColumnLimits.requireName("displayName", stringOrNull(document, "displayName"));
        // Only the lookup key: an email too long for it is still stored in the document.
        String email = emailOf(document);
        this.emailCi = email == null || email.length() > ColumnLimits.NAME ? null : email;
        this.active = document.getBoolean("active", true);
    }

    /** The displayName, else the userName. */
    @Override
    public String name() {
        return displayName != null ? displayName : uniqueName();
    }

    private static String stringOrNull(JsonObject document, String key) {
        JsonValue value = document.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** The primary email, or the first one, lower-cased: the key identity resolution matches emails on. */
    private static String emailOf(JsonObject document) {
        JsonValue emails = document.get("emails");
        if (!(emails instanceof JsonArray array)) {
            return null;
        }
        String first = null;
        for (JsonValue element : array) {
            if (element instanceof JsonObject email && email.get("value") instanceof JsonString value) {
                if (email.getBoolean("primary", false)) {
                    return value.getString().toLowerCase(Locale.ROOT);
                }
                if (first == null) {
                    first = value.getString().toLowerCase(Locale.ROOT);
                }
            }
        }
        return first;
    }
}
