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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /Users} and {@code /Groups} (RFC 7644 3.2–3.6), one resource class for both: the path names the
 * {@link ResourceType}, and the only difference left here is a group PATCH's answer. Thin: parses parameters,
 * calls {@link ResourceService}, renders. {@link ResourceTypeDocumentation} documents both paths; Payara's
 * OpenAPI scanner would show this class as one {@code /{endpoint}} path, so it is excluded from the scan.
 */
@Path("{" + ResourceTypeEndpoint.ENDPOINT + ": Users|Groups}")
@ApplicationScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class ResourceTypeEndpoint {

    static final String ENDPOINT = "endpoint";

    private static final AttributeProjection PROJECTIONS = new AttributeProjection(SchemaRegistry.standard());

    @Inject
    ResourceService resources;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    @Inject
    ScimCursors cursors;

    @Inject
    ListSearches searches;

    @Context
    UriInfo uriInfo;

    @GET
    public Response list() {
        return page(searches.fromQuery(uriInfo.getQueryParameters()));
    }

    @POST
    @Path(".search")
    public Response searchWithBody(JsonObject body) {
        return page(searches.fromSearchRequest(body));
    }

    @POST
    public Response create(JsonObject body, @BeanParam ResourceRequest request) {
        ResourceType type = type();
        ResourceView created = resources.create(type, integration(), body);
        JsonObject json = render(created, projection(type, request));
        return ScimResponses.created(
                json,
                created.resource(),
                renderer().location(type.endpoint(), created.resource().id()));
    }

    @GET
    @Path("{id}")
    public Response get(@BeanParam ResourceRequest request) {
        ResourceType type = type();
        Projection projection = projection(type, request);
        ResourceView found = resources
                .find(type, integration(), request.id, includesMemberships(type, projection))
                .orElseThrow(() -> ScimException.notFound(type.scimName() + " " + request.id + " not found"));
        if (Preconditions.notModified(request.ifNoneMatch, found.resource())) {
            return ScimResponses.notModified(found.resource());
        }
        return ScimResponses.ok(render(found, projection), found.resource());
    }

    @PUT
    @Path("{id}")
    public Response replace(JsonObject body, @BeanParam ResourceRequest request) {
        ResourceType type = type();
        ResourceView replaced = resources.replace(type, integration(), request.id, body, request.ifMatch);
        return ScimResponses.ok(render(replaced, projection(type, request)), replaced.resource());
    }

    @PATCH
    @Path("{id}")
    public Response patch(JsonObject body, @BeanParam ResourceRequest request) {
        ResourceType type = type();
        Projection projection = projection(type, request);
        boolean noContent = answersPatchWithNoContent(type, request.attributes, request.excludedAttributes);
        ResourceView patched = resources.patch(
                type,
                integration(),
                request.id,
                body,
                request.ifMatch,
                !noContent && includesMemberships(type, projection));
        return noContent
                ? ScimResponses.noContent(patched.resource())
                : ScimResponses.ok(render(patched, projection), patched.resource());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@BeanParam ResourceRequest request) {
        resources.delete(type(), integration(), request.id, request.ifMatch);
        return ScimResponses.noContent(null);
    }

    /**
     * Whether a PATCH is answered 204 No Content rather than with the resource: a group's, unless the client
     * asks for attributes (what Entra expects; Okta accepts it). A user's PATCH always answers 200 with the user.
     */
    static boolean answersPatchWithNoContent(ResourceType type, String attributes, String excludedAttributes) {
        return type == ResourceType.GROUP && attributes == null && excludedAttributes == null;
    }

    /** The type whose endpoint the request's path names; the path's pattern admits no other. */
    private ResourceType type() {
        String endpoint = uriInfo.getPathParameters().getFirst(ENDPOINT);
        return ResourceType.fromEndpoint(endpoint)
                .orElseThrow(() -> new IllegalStateException("no resource type at /" + endpoint));
    }

    private JsonObject render(ResourceView view, Projection projection) {
        return projection.apply(renderer().render(view));
    }

    private static Projection projection(ResourceType type, ResourceRequest request) {
        return PROJECTIONS.parse(
                type.definition(SchemaRegistry.standard()), request.attributes, request.excludedAttributes);
    }

    private Response page(RenderedSearch search) {
        ResourceType type = type();
        ListParameters parameters = search.parameters();
        Page<JsonObject> page = search.page(type, cursors.search(parameters, search.integration(), type));
        return ScimResponses.list(cursors.listResponse(page.items(), page, parameters, search.integration(), type));
    }

    /** Whether the projection shows a user's groups or a group's members, which are read apart. */
    private static boolean includesMemberships(ResourceType type, Projection projection) {
        return projection.includes(type.membershipsAttribute());
    }

    private ResourceRenderer renderer() {
        return new ResourceRenderer(config.scimBaseUrl());
    }

    private String integration() {
        return caller.integrationId();
    }
}
