package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.resources.AttributeProjection;
import dev.roster.scim.resources.Projection;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.GroupService;
import dev.roster.scim.service.GroupService.GroupView;
import dev.roster.scim.service.Preconditions;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /Groups}. PATCH answers 204 No Content (what Entra expects; Okta accepts it) unless the client asks
 * for attributes, then 200 with the group.
 */
@Path("Groups")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class GroupsResource {

    private static final AttributeProjection PROJECTIONS = new AttributeProjection(SchemaRegistry.standard());

    @Inject
    GroupService groups;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    @Inject
    ScimCursors cursors;

    @GET
    @Operation(summary = "List or filter groups", description = ScimCursors.LIST_DESCRIPTION)
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = ScimCursors.CURSOR_DESCRIPTION, example = "")
    public Response list(@Context UriInfo uriInfo) {
        return search(ListParameters.fromQuery(uriInfo.getQueryParameters(), config.maxPageSize()));
    }

    @POST
    @Path(".search")
    @Operation(summary = "Search groups with a SearchRequest body", description = ScimCursors.SEARCH_DESCRIPTION)
    public Response searchWithBody(JsonObject body) {
        return search(ListParameters.fromSearchRequest(body, config.maxPageSize()));
    }

    @POST
    @Operation(summary = "Create a group")
    public Response create(
            JsonObject body,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        GroupView created = groups.create(integration(), body);
        JsonObject json = render(created, projection(attributes, excludedAttributes));
        return ScimResponses.created(
                json,
                created.group(),
                renderer().location("Groups", created.group().id()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a group with its members")
    public Response get(
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        Projection projection = projection(attributes, excludedAttributes);
        GroupView group = groups.find(integration(), id, projection.includes("members"))
                .orElseThrow(() -> ScimException.notFound("Group " + id + " not found"));
        if (Preconditions.notModified(ifNoneMatch, group.group())) {
            return ScimResponses.notModified(group.group());
        }
        return ScimResponses.ok(render(group, projection), group.group());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a group, including its complete member list")
    public Response replace(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        GroupView group = groups.replace(integration(), id, body, ifMatch);
        return ScimResponses.ok(render(group, projection(attributes, excludedAttributes)), group.group());
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Modify a group; membership changes are set operations")
    public Response patch(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        StoredResource patched = groups.patch(integration(), id, body, ifMatch);
        if (attributes == null && excludedAttributes == null) {
            return ScimResponses.noContent(patched);
        }
        Projection projection = projection(attributes, excludedAttributes);
        GroupView view = groups.find(integration(), id, projection.includes("members"))
                .orElseThrow(() -> ScimException.notFound("Group " + id + " not found"));
        return ScimResponses.ok(render(view, projection), view.group());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a group")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        groups.delete(integration(), id, ifMatch);
        return ScimResponses.noContent(null);
    }

    private Response search(ListParameters parameters) {
        Projection projection = projection(parameters.attributes(), parameters.excludedAttributes());
        Page<GroupView> page = groups.search(
                integration(),
                cursors.search(parameters, integration(), ResourceType.GROUP),
                projection.includes("members"));
        List<JsonObject> resources =
                page.items().stream().map(r -> render(r, projection)).toList();
        return ScimResponses.list(cursors.listResponse(resources, page, parameters, integration(), ResourceType.GROUP));
    }

    private JsonObject render(GroupView group, Projection projection) {
        return projection.apply(renderer().group(group.group(), group.members()));
    }

    private Projection projection(String attributes, String excludedAttributes) {
        return PROJECTIONS.parse(SchemaRegistry.standard().group(), attributes, excludedAttributes);
    }

    private ResourceRenderer renderer() {
        return new ResourceRenderer(config.scimBaseUrl());
    }

    private String integration() {
        return caller.integrationId();
    }
}
