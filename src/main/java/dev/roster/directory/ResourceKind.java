package dev.roster.directory;

import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaRegistry;

/** The two SCIM resource types Roster stores, with the table each lives in. */
public enum ResourceKind {
    USER("scim_user", "User"),
    GROUP("scim_group", "Group");

    private final String table;
    private final String scimName;

    ResourceKind(String table, String scimName) {
        this.table = table;
        this.scimName = scimName;
    }

    public String table() {
        return table;
    }

    /** The SCIM resource type name: {@code User} or {@code Group}. */
    public String scimName() {
        return scimName;
    }

    public ResourceTypeDefinition definition(SchemaRegistry registry) {
        return this == USER ? registry.user() : registry.group();
    }
}
