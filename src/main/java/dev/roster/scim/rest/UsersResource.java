package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.scim.resources.AttributeProjection;
import dev.roster.scim.resources.Projection;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.UserService;
import dev.roster.scim.service.UserService.UserView;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
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

/** {@code /Users} (RFC 7644 3.2–3.6). Thin: parses parameters, calls {@link UserService}, renders. */
@Path("Users")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class UsersResource {

    private static final AttributeProjection PROJECTIONS = new AttributeProjection(SchemaRegistry.standard());

    @Inject
    UserService users;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    @Inject
    ScimCursors cursors;

    @GET
    @Operation(summary = "List or filter users", description = ScimCursors.LIST_DESCRIPTION)
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = ScimCursors.CURSOR_DESCRIPTION, example = "")
    public Response list(@Context UriInfo uriInfo) {
        return search(ListParameters.fromQuery(uriInfo.getQueryParameters(), config.maxPageSize()));
    }

    @POST
    @Path(".search")
    @Operation(summary = "Search users with a SearchRequest body", description = ScimCursors.SEARCH_DESCRIPTION)
    public Response searchWithBody(JsonObject body) {
        return search(ListParameters.fromSearchRequest(body, config.maxPageSize()));
    }

    @POST
    @Operation(summary = "Create a user")
    public Response create(
            JsonObject body,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        UserView created = users.create(integration(), body);
        JsonObject json = render(created, projection(attributes, excludedAttributes));
        return ScimResponses.created(
                json,
                created.user(),
                renderer().location("Users", created.user().id()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a user")
    public Response get(
            @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        UserView user = users.find(integration(), id)
                .orElseThrow(() -> dev.roster.scim.error.ScimException.notFound("User " + id + " not found"));
        if (dev.roster.scim.service.Preconditions.notModified(ifNoneMatch, user.user())) {
            return ScimResponses.notModified(user.user());
        }
        return ScimResponses.ok(render(user, projection(attributes, excludedAttributes)), user.user());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a user", description = "Read-only attributes in the body are ignored")
    public Response replace(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        UserView user = users.replace(integration(), id, body, ifMatch);
        return ScimResponses.ok(render(user, projection(attributes, excludedAttributes)), user.user());
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Modify a user with a PatchOp")
    public Response patch(
            @PathParam("id") String id,
            JsonObject body,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        UserView user = users.patch(integration(), id, body, ifMatch);
        return ScimResponses.ok(render(user, projection(attributes, excludedAttributes)), user.user());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a user and its memberships")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        users.delete(integration(), id, ifMatch);
        return ScimResponses.noContent(null);
    }

    private Response search(ListParameters parameters) {
        Projection projection = projection(parameters.attributes(), parameters.excludedAttributes());
        Page<UserView> page = users.search(
                integration(),
                cursors.search(parameters, integration(), ResourceType.USER),
                projection.includes("groups"));
        List<JsonObject> resources =
                page.items().stream().map(r -> render(r, projection)).toList();
        return ScimResponses.list(cursors.listResponse(resources, page, parameters, integration(), ResourceType.USER));
    }

    private JsonObject render(UserView user, Projection projection) {
        return projection.apply(renderer().user(user.user(), user.groups()));
    }

    private Projection projection(String attributes, String excludedAttributes) {
        return PROJECTIONS.parse(SchemaRegistry.standard().user(), attributes, excludedAttributes);
    }

    private ResourceRenderer renderer() {
        return new ResourceRenderer(config.scimBaseUrl());
    }

    private String integration() {
        return caller.integrationId();
    }
}
