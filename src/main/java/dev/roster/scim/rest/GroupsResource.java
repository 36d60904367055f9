package dev.roster.scim.rest;

import dev.roster.scim.spi.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /Groups}: the endpoints of {@link ResourceTypeEndpoint} for groups. PATCH answers 204 No Content
 * (what Entra expects; Okta accepts it) unless the client asks for attributes, then 200 with the group.
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
    protected boolean answersPatchWithNoContent(String attributes, String excludedAttributes) {
        return attributes == null && excludedAttributes == null;
    }
}
