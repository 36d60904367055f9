package dev.roster.scim.rest;

import dev.roster.scim.spi.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /Groups}: the endpoints of {@link ResourceTypeEndpoint} for groups, documented. PATCH answers 204 No
 * Content (what Entra expects; Okta accepts it) unless the client asks for attributes, then 200 with the group.
 */
@Path("Groups")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class GroupsResource extends ResourceTypeEndpoint {

    public GroupsResource() {
        super(ResourceType.GROUP);
    }

    @Override
    @GET
    @Operation(summary = "List or filter groups", description = ScimCursors.LIST_DESCRIPTION)
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = ScimCursors.CURSOR_DESCRIPTION, example = "")
    public Response list(@Context UriInfo uriInfo) {
        return super.list(uriInfo);
    }

    @Override
    @POST
    @Path(".search")
    @Operation(summary = "Search groups with a SearchRequest body", description = ScimCursors.SEARCH_DESCRIPTION)
    public Response searchWithBody(JsonObject body) {
        return super.searchWithBody(body);
    }

    @Override
    @POST
    @Operation(summary = "Create a group")
    public Response create(
            JsonObject body,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        return super.create(body, attributes, excludedAttributes);
    }

    @Override
    @GET
    @Path("{id}")
    @Operation(summary = "Get a group with its members")
    public Response get(
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        return super.get(id, ifNoneMatch, attributes, excludedAttributes);
    }

    @Override
    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a group, including its complete member list")
    public Response replace(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        return super.replace(id, body, ifMatch, attributes, excludedAttributes);
    }

    @Override
    @PATCH
    @Path("{id}")
    @Operation(summary = "Modify a group; membership changes are set operations")
    public Response patch(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        return super.patch(id, body, ifMatch, attributes, excludedAttributes);
    }

    @Override
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a group")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return super.delete(id, ifMatch);
    }

    @Override
    protected boolean answersPatchWithNoContent(String attributes, String excludedAttributes) {
        return attributes == null && excludedAttributes == null;
    }
}
