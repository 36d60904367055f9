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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The endpoints of one resource type (RFC 7644 3.2–3.6), written once for {@code /Users} and {@code /Groups}.
 * Thin: parses parameters, calls {@link ResourceService}, renders. Each subclass names its path and type.
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

    @GET
    @Operation(summary = "List or filter resources of this type", description = ScimCursors.LIST_DESCRIPTION)
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = ScimCursors.CURSOR_DESCRIPTION, example = "")
    public Response list(@Context UriInfo uriInfo) {
        return search(ListParameters.fromQuery(uriInfo.getQueryParameters(), config.maxPageSize()));
    }

    @POST
    @Path(".search")
    @Operation(
            summary = "Search resources of this type with a SearchRequest body",
            description = ScimCursors.SEARCH_DESCRIPTION)
    public Response searchWithBody(JsonObject body) {
        return search(ListParameters.fromSearchRequest(body, config.maxPageSize()));
    }

    @POST
    @Operation(summary = "Create a resource", description = "A group's body may list its members")
    public Response create(
            JsonObject body,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        ResourceView created = resources.create(type, integration(), body);
        JsonObject json = render(created, projection(attributes, excludedAttributes));
        return ScimResponses.created(
                json,
                created.resource(),
                renderer().location(type.endpoint(), created.resource().id()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a resource: a user with its groups, a group with its members")
    public Response get(
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        Projection projection = projection(attributes, excludedAttributes);
        ResourceView found = find(id, projection);
        if (Preconditions.notModified(ifNoneMatch, found.resource())) {
            return ScimResponses.notModified(found.resource());
        }
        return ScimResponses.ok(render(found, projection), found.resource());
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Replace a resource, a group's complete member list included",
            description = "Read-only attributes in the body are ignored")
    public Response replace(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        ResourceView replaced = resources.replace(type, integration(), id, body, ifMatch);
        return ScimResponses.ok(render(replaced, projection(attributes, excludedAttributes)), replaced.resource());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a resource and its memberships")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        resources.delete(type, integration(), id, ifMatch);
        return ScimResponses.noContent(null);
    }

    @PATCH
    @Path("{id}")
    @Operation(
            summary = "Modify a resource with a PatchOp; a group's membership changes are set operations",
            description = "Answers 200 with the resource; a group 204 No Content unless attributes or"
                    + " excludedAttributes are asked for")
    public Response patch(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
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
