package dev.roster.scim.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Discovery endpoints (RFC 7644 section 4). Read-only. */
@Path("")
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class DiscoveryResource {

    @GET
    @Path("ServiceProviderConfig")
    @Operation(summary = "The service provider's SCIM capabilities")
    public JsonObject serviceProviderConfig() {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"))
                .build();
    }
}
