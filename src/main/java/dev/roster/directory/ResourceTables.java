package dev.roster.directory;

import dev.roster.scim.spi.ResourceType;

/** The table each resource type's rows live in: a storage detail the SCIM engine never sees. */
public final class ResourceTables {

    private ResourceTables() {}

    public static String of(ResourceType type) {
        return switch (type) {
            case USER -> "scim_user";
            case GROUP -> "scim_group";
        };
    }
}
