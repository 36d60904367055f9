package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.resources.AttributeProjection;
import dev.roster.scim.resources.Projection;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.Preconditions;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.ResourceService;
import dev.roster.scim.service.ResourceView;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The endpoints of one resource type (RFC 7644 3.2–3.6), written once for {@code /Users} and {@code /Groups}.
 * Thin: parses parameters, calls {@link ResourceService}, renders. Each subclass names its path and type and
 * declares the JAX-RS methods with their OpenAPI documentation, each a call of the method here: SmallRye
 * OpenAPI answered /openapi with 500 when the annotated methods were inherited.
 */
public abstract class ResourceTypeEndpoint {

    private static final AttributeProjection PROJECTIONS = new AttributeProjection(SchemaRegistry.standard());

    @Inject
    ResourceService resources;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    @Inject
    ScimCursors cursors;

    private final ResourceType type;

    protected ResourceTypeEndpoint(ResourceType type) {
        this.type = type;
    }

    protected Response list(UriInfo uriInfo) {
        return search(ListParameters.fromQuery(uriInfo.getQueryParameters(), config.maxPageSize()));
    }

    protected Response searchWithBody(JsonObject body) {
        return search(ListParameters.fromSearchRequest(body, config.maxPageSize()));
    }

    protected Response create(JsonObject body, String attributes, String excludedAttributes) {
        ResourceView created = resources.create(type, integration(), body);
        JsonObject json = render(created, projection(attributes, excludedAttributes));
        return ScimResponses.created(
                json,
                created.resource(),
                renderer().location(type.endpoint(), created.resource().id()));
    }

    protected Response get(String id, String ifNoneMatch, String attributes, String excludedAttributes) {
        Projection projection = projection(attributes, excludedAttributes);
        ResourceView found = find(id, projection);
        if (Preconditions.notModified(ifNoneMatch, found.resource())) {
            return ScimResponses.notModified(found.resource());
        }
        return ScimResponses.ok(render(found, projection), found.resource());
    }

    protected Response replace(
            String id, JsonObject body, String ifMatch, String attributes, String excludedAttributes) {
        ResourceView replaced = resources.replace(type, integration(), id, body, ifMatch);
        return ScimResponses.ok(render(replaced, projection(attributes, excludedAttributes)), replaced.resource());
    }

    protected Response delete(String id, String ifMatch) {
        resources.delete(type, integration(), id, ifMatch);
        return ScimResponses.noContent(null);
    }

    protected Response patch(String id, JsonObject body, String ifMatch, String attributes, String excludedAttributes) {
        Projection projection = projection(attributes, excludedAttributes);
        boolean noContent = answersPatchWithNoContent(attributes, excludedAttributes);
        ResourceView patched =
                resources.patch(type, integration(), id, body, ifMatch, !noContent && includesMemberships(projection));
        return noContent
                ? ScimResponses.noContent(patched.resource())
                : ScimResponses.ok(render(patched, projection), patched.resource());
    }

    /** Whether a PATCH with these parameters is answered 204 No Content rather than with the resource. */
    protected boolean answersPatchWithNoContent(String attributes, String excludedAttributes) {
        return false;
    }

    private ResourceView find(String id, Projection projection) {
        return resources
                .find(type, integration(), id, includesMemberships(projection))
                .orElseThrow(() -> ScimException.notFound(type.scimName() + " " + id + " not found"));
    }

    private JsonObject render(ResourceView view, Projection projection) {
        return projection.apply(renderer().render(view));
    }

    private Projection projection(String attributes, String excludedAttributes) {
        return PROJECTIONS.parse(type.definition(SchemaRegistry.standard()), attributes, excludedAttributes);
    }

    private Response search(ListParameters parameters) {
        Page<JsonObject> page = new RenderedSearch(resources, PROJECTIONS, renderer(), parameters, integration())
                .page(type, cursors.search(parameters, integration(), type));
        return ScimResponses.list(cursors.listResponse(page.items(), page, parameters, integration(), type));
    }

    /** Whether the projection shows a user's groups or a group's members, which are read apart. */
    private boolean includesMemberships(Projection projection) {
        return projection.includes(type.membershipsAttribute());
    }

    private ResourceRenderer renderer() {
        return new ResourceRenderer(config.scimBaseUrl());
    }

    private String integration() {
        return caller.integrationId();
    }
}
