package dev.roster.scim.schema;

import dev.roster.scim.filter.AttributePath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The schemas and resource types Roster serves. Loaded once from the RFC 7643 schema documents shipped in
 * {@code src/main/resources/scim/schemas}; immutable and thread-safe afterwards.
 *
 * <p>The resource schemas are {@code User.json}, {@code EnterpriseUser.json} and {@code Group.json}, published
 * at {@code /Schemas}, and {@code Common.json}, the pseudo-schema {@value #COMMON_SCHEMA} holding the common
 * attributes of RFC 7643 section 3.1 ({@code id}, {@code externalId}, {@code meta}) so they carry the same
 * characteristics as every other attribute. It is internal and never published.
 *
 * <p>{@code ServiceProviderConfig.json}, {@code ResourceType.json} and {@code Schema.json} are the schemas of the
 * discovery documents (RFC 7643 sections 5 to 7). They are published at {@code /Schemas} too, but no resource
 * conforms to them: {@link #schema}, {@link #resolve} and so PATCH, filters and normalising never see them.
 */
public final class SchemaRegistry {

    public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_USER_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    /** Pseudo-schema id for the common attributes of RFC 7643 section 3.1 (id, externalId, meta). */
    public static final String COMMON_SCHEMA = "urn:roster:common";

    public static final String SERVICE_PROVIDER_CONFIG_SCHEMA =
            "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public static final String RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    /**
     * The {@code schemas} attribute every resource carries (RFC 7643 section 3). No schema document declares it,
     * so it is defined here; {@link #resolve} answers it as part of the common attributes. It is read-only
     * because the server recomputes it from the extensions a resource holds, and always returned.
     */
    public static final AttributeDefinition SCHEMAS_ATTRIBUTE = new AttributeDefinition(
            "schemas",
            AttributeType.REFERENCE,
            true,
            "The schema URIs this resource conforms to.",
            true,
            false,
            Mutability.READ_ONLY,
            Returned.ALWAYS,
            Uniqueness.NONE,
            List.of(),
            List.of("uri"),
            List.of());

    private static final String DOCUMENTS = "/scim/schemas/";

    private static volatile SchemaRegistry standard;

    private final SchemaDefinition common;
    private final List<SchemaDefinition> resourceSchemas;
    private final List<SchemaDefinition> published;
    private final ResourceTypeDefinition user;
    private final ResourceTypeDefinition group;

    private SchemaRegistry(
            SchemaDefinition userSchema,
            SchemaDefinition enterpriseSchema,
            SchemaDefinition groupSchema,
            SchemaDefinition common,
            List<SchemaDefinition> discoverySchemas) {
        this.common = common;
        this.resourceSchemas = List.of(userSchema, enterpriseSchema, groupSchema);
        List<SchemaDefinition> all = new ArrayList<>(resourceSchemas);
        all.addAll(discoverySchemas);
        this.published = List.copyOf(all);
        this.user = new ResourceTypeDefinition(
                "User",
                "/Users",
                "User Account",
                userSchema,
                List.of(new ResourceTypeDefinition.SchemaExtension(enterpriseSchema, false)));
        this.group = new ResourceTypeDefinition("Group", "/Groups", "Group", groupSchema, List.of());
    }

    /**
     * The registry with User (+ EnterpriseUser) and Group, loaded on first use and shared afterwards.
     *
     * @throws SchemaDocumentException when a shipped document is missing or malformed (a packaging bug)
     */
    public static SchemaRegistry standard() {
        SchemaRegistry loaded = standard;
        if (loaded == null) {
            synchronized (SchemaRegistry.class) {
                loaded = standard;
                if (loaded == null) {
                    // Not a class-initialisation holder: a failure there surfaces as ExceptionInInitializerError
                    // once and NoClassDefFoundError afterwards, hiding which document is broken.
                    loaded = load();
                    standard = loaded;
                }
            }
        }
        return loaded;
    }

    private static SchemaRegistry load() {
        SchemaDefinition userSchema = expect(USER_SCHEMA, SchemaDocumentReader.readResource(DOCUMENTS + "User.json"));
        SchemaDefinition enterprise =
                expect(ENTERPRISE_USER_SCHEMA, SchemaDocumentReader.readResource(DOCUMENTS + "EnterpriseUser.json"));
        SchemaDefinition groupSchema =
                expect(GROUP_SCHEMA, SchemaDocumentReader.readResource(DOCUMENTS + "Group.json"));
        SchemaDefinition common = expect(COMMON_SCHEMA, SchemaDocumentReader.readResource(DOCUMENTS + "Common.json"));
        List<SchemaDefinition> discovery = List.of(
                expect(
                        SERVICE_PROVIDER_CONFIG_SCHEMA,
                        SchemaDocumentReader.readDiscoveryResource(DOCUMENTS + "ServiceProviderConfig.json")),
                expect(
                        RESOURCE_TYPE_SCHEMA,
                        SchemaDocumentReader.readDiscoveryResource(DOCUMENTS + "ResourceType.json")),
                expect(SCHEMA_SCHEMA, SchemaDocumentReader.readDiscoveryResource(DOCUMENTS + "Schema.json")));
        return new SchemaRegistry(userSchema, enterprise, groupSchema, common, discovery);
    }

    private static SchemaDefinition expect(String id, SchemaDefinition loaded) {
        if (!loaded.id().equals(id)) {
            throw new SchemaDocumentException("schema document for " + id + " declares id " + loaded.id());
        }
        return loaded;
    }

    /** The User resource type: core User schema plus the EnterpriseUser extension (not required). */
    public ResourceTypeDefinition user() {
        return user;
    }

    /** The Group resource type: core Group schema, no extensions. */
    public ResourceTypeDefinition group() {
        return group;
    }

    /** User then Group. */
    public Collection<ResourceTypeDefinition> resourceTypes() {
        return List.of(user, group);
    }

    /** Resource type by case-insensitive name ({@code User}, {@code Group}). */
    public Optional<ResourceTypeDefinition> resourceType(String name) {
        return resourceTypes().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** The resource schemas: User, EnterpriseUser, Group. */
    public Collection<SchemaDefinition> schemas() {
        return resourceSchemas;
    }

    /**
     * A resource schema by case-insensitive URN; neither the internal common pseudo-schema nor a discovery
     * document's schema is found here.
     */
    public Optional<SchemaDefinition> schema(String urn) {
        return resourceSchemas.stream()
                .filter(s -> s.id().equalsIgnoreCase(urn))
                .findFirst();
    }

    /**
     * Everything {@code /Schemas} lists, in its order: the resource schemas, then ServiceProviderConfig,
     * ResourceType and Schema.
     */
    public Collection<SchemaDefinition> publishedSchemas() {
        return published;
    }

    /** A schema {@code /Schemas/{id}} serves, by case-insensitive URN. */
    public Optional<SchemaDefinition> publishedSchema(String urn) {
        return published.stream().filter(s -> s.id().equalsIgnoreCase(urn)).findFirst();
    }

    /** The common attributes (id, externalId, meta) as the pseudo-schema {@value #COMMON_SCHEMA}. */
    public SchemaDefinition common() {
        return common;
    }

    /**
     * Resolves a path against a resource type: an explicit URN selects that schema; otherwise the core schema,
     * then the common attributes (id, externalId, meta), then the extensions. Names are case-insensitive.
     * Empty when nothing matches (the caller decides whether that is an error: filters say invalidFilter,
     * PATCH says invalidPath, unknown extension schemas are stored as they are).
     *
     * <p>Details: the core schema's URN also reaches the common attributes
     * ({@code urn:ietf:params:scim:schemas:core:2.0:User:meta.created}); {@code schemas} resolves to
     * {@link #SCHEMAS_ATTRIBUTE}; a path whose attribute still carries a URN (a parser that did not split it)
     * is split at its last colon; a sub-attribute of a non-complex attribute resolves to nothing.
     */
    public Optional<ResolvedAttribute> resolve(ResourceTypeDefinition type, AttributePath path) {
        AttributePath split = splitInlineUrn(path);
        for (SchemaDefinition schema : candidateSchemas(type, split.schemaUrn())) {
            Optional<AttributeDefinition> attribute =
                    schema == common ? commonAttribute(split.attribute()) : schema.attribute(split.attribute());
            if (attribute.isPresent()) {
                // The first schema that knows the name owns it: a bad sub-attribute is not looked up elsewhere.
                return withSubAttribute(schema, attribute.get(), split.subAttribute());
            }
        }
        return Optional.empty();
    }

    private Optional<AttributeDefinition> commonAttribute(String name) {
        if (SCHEMAS_ATTRIBUTE.name().equalsIgnoreCase(name)) {
            return Optional.of(SCHEMAS_ATTRIBUTE);
        }
        return common.attribute(name);
    }

    private static Optional<ResolvedAttribute> withSubAttribute(
            SchemaDefinition schema, AttributeDefinition attribute, String subName) {
        if (subName == null) {
            return Optional.of(new ResolvedAttribute(schema, attribute, null));
        }
        return attribute.subAttribute(subName).map(sub -> new ResolvedAttribute(schema, attribute, sub));
    }

    private List<SchemaDefinition> candidateSchemas(ResourceTypeDefinition type, String urn) {
        List<SchemaDefinition> candidates = new ArrayList<>();
        if (urn == null) {
            candidates.add(type.schema());
            candidates.add(common);
            type.extensions().forEach(e -> candidates.add(e.schema()));
        } else if (urn.equalsIgnoreCase(type.schema().id())) {
            candidates.add(type.schema());
            candidates.add(common);
        } else if (urn.equalsIgnoreCase(COMMON_SCHEMA)) {
            candidates.add(common);
        } else {
            type.extensions().stream()
                    .filter(e -> e.schema().id().equalsIgnoreCase(urn))
                    .forEach(e -> candidates.add(e.schema()));
        }
        return candidates;
    }

    private static AttributePath splitInlineUrn(AttributePath path) {
        int colon = path.attribute().lastIndexOf(':');
        if (path.schemaUrn() != null || colon <= 0 || colon == path.attribute().length() - 1) {
            return path;
        }
        return new AttributePath(
                path.attribute().substring(0, colon), path.attribute().substring(colon + 1), path.subAttribute());
    }
}
