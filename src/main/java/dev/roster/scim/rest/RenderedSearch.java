package dev.roster.scim.rest;

import dev.roster.scim.resources.AttributeProjection;
import dev.roster.scim.resources.Projection;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.ResourceService;
import dev.roster.scim.service.ResourceView;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import jakarta.json.JsonObject;

/**
 * The searches of one list request, each page rendered with the request's {@code attributes} and
 * {@code excludedAttributes}; memberships are read only when the projection shows them.
 */
final class RenderedSearch {

    /** Parses {@code attributes} and {@code excludedAttributes}; caches the projection of requests without. */
    private static final AttributeProjection PROJECTIONS = new AttributeProjection(SchemaRegistry.standard());

    private final ResourceService resources;
    private final ResourceRenderer renderer;
    private final ListParameters parameters;
    private final String integration;

    RenderedSearch(
            ResourceService resources, ResourceRenderer renderer, ListParameters parameters, String integration) {
        this.resources = resources;
        this.renderer = renderer;
        this.parameters = parameters;
        this.integration = integration;
    }

    ListParameters parameters() {
        return parameters;
    }

    /** The integration whose directory is searched. */
    String integration() {
        return integration;
    }

    Page<JsonObject> page(ResourceType type, SearchSpec spec) {
        Projection projection = PROJECTIONS.parse(
                type.definition(SchemaRegistry.standard()), parameters.attributes(), parameters.excludedAttributes());
        Page<ResourceView> found =
                resources.search(type, integration, spec, projection.includes(type.membershipsAttribute()));
        return found.withItems(found.items().stream()
                .map(view -> projection.apply(renderer.render(view)))
                .toList());
    }
}
