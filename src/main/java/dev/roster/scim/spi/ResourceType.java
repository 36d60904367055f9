package dev.roster.scim.spi;

import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import java.util.Optional;

/**
 * The two SCIM resource types Roster serves and stores: the one name for "users or groups" in the engine,
 * its endpoints, its storage and its cursors. The constant names are stored ({@code listing_version}).
 */
public enum ResourceType {
    USER("User", "Users", "groups"),
    GROUP("Group", "Groups", "members");

    private final String scimName;
    private final String endpoint;
    private final String membershipsAttribute;

    ResourceType(String scimName, String endpoint, String membershipsAttribute) {
        this.scimName = scimName;
        this.endpoint = endpoint;
        this.membershipsAttribute = membershipsAttribute;
    }

    /** The SCIM resource type name: {@code User} or {@code Group}. */
    public String scimName() {
        return scimName;
    }

    /** The endpoint's path segment without slashes, as in {@code /Users}. */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The attribute that lists the resource's memberships ({@code groups} of a user, {@code members} of a
     * group): read from the memberships, not from the document, and only when an answer shows it.
     */
    public String membershipsAttribute() {
        return membershipsAttribute;
    }

    /** The type's schema and extensions (RFC 7643 section 6). */
    public ResourceTypeDefinition definition(SchemaRegistry registry) {
        return this == USER ? registry.user() : registry.group();
    }

    /** The type served at this endpoint; an exact match, like the JAX-RS paths of the same endpoints. */
    public static Optional<ResourceType> fromEndpoint(String segment) {
        for (ResourceType type : values()) {
            if (type.endpoint.equals(segment)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
