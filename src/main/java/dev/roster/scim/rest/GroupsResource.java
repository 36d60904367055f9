package dev.roster.scim.rest;

import dev.roster.scim.resources.Projection;
import dev.roster.scim.service.ResourceView;
import dev.roster.scim.spi.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
public class GroupsResource extends ResourceTypeEndpoint {

    public GroupsResource() {
        super(ResourceType.GROUP);
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
        ResourceView patched = patch(id, body, ifMatch, false);
        if (attributes == null && excludedAttributes == null) {
            return ScimResponses.noContent(patched.resource());
        }
        Projection projection = projection(attributes, excludedAttributes);
        ResourceView view = find(id, projection);
        return ScimResponses.ok(render(view, projection), view.resource());
    }
}
