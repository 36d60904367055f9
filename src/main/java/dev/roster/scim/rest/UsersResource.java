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

/** {@code /Users} (RFC 7644 3.2–3.6). A PATCH answers 200 with the user. */
@Path("Users")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class UsersResource extends ResourceTypeEndpoint {

    public UsersResource() {
        super(ResourceType.USER);
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
        Projection projection = projection(attributes, excludedAttributes);
        ResourceView user = patch(id, body, ifMatch, includesMemberships(projection));
        return ScimResponses.ok(render(user, projection), user.resource());
    }
}
