package dev.roster.scim.schema;

import dev.roster.scim.filter.AttributePath;
import java.util.Collection;
import java.util.Optional;

/**
 * The schemas and resource types Roster serves. Loaded once from the RFC 7643 schema documents shipped in
 * {@code src/main/resources/scim/schemas}; immutable and thread-safe afterwards.
 *
 * <p>TODO(helper): implement loading; this is the contract other packages code against.
 */
public final class SchemaRegistry {

    public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_USER_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    /** Pseudo-schema id for the common attributes of RFC 7643 section 3.1 (id, externalId, meta). */
    public static final String COMMON_SCHEMA = "urn:roster:common";

    private SchemaRegistry() {
    }

    /** The registry with User (+ EnterpriseUser) and Group. */
    public static SchemaRegistry standard() {
        throw new UnsupportedOperationException("TODO");
    }

    public ResourceTypeDefinition user() {
        throw new UnsupportedOperationException("TODO");
    }

    public ResourceTypeDefinition group() {
        throw new UnsupportedOperationException("TODO");
    }

    public Collection<ResourceTypeDefinition> resourceTypes() {
        throw new UnsupportedOperationException("TODO");
    }

    public Collection<SchemaDefinition> schemas() {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<SchemaDefinition> schema(String urn) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Resolves a path against a resource type: an explicit URN selects that schema; otherwise the core schema,
     * then the common attributes (id, externalId, meta), then the extensions. Names are case-insensitive.
     * Empty when nothing matches (the caller decides whether that is an error: filters say invalidFilter,
     * PATCH says invalidPath, unknown extension schemas are stored as they are).
     */
    public Optional<ResolvedAttribute> resolve(ResourceTypeDefinition type, AttributePath path) {
        throw new UnsupportedOperationException("TODO");
    }
}
