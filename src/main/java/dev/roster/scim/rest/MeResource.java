package dev.roster.scim.rest;

import dev.roster.scim.error.ScimException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /Me} (RFC 7644 3.11): an IdP token names an integration, not a user, so there is no "me". */
@Path("Me")
@ApplicationScoped
@Tag(name = "SCIM")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class MeResource {

    private static ScimException notImplemented() {
        return ScimException.status(
                501, "/Me is not supported: the bearer token authenticates an integration, not a user");
    }

    @GET
    @Operation(summary = "Not implemented (501)")
    public void get() {
        throw notImplemented();
    }

    @POST
    @Operation(summary = "Not implemented (501)")
    public void post() {
        throw notImplemented();
    }

    @PUT
    @Operation(summary = "Not implemented (501)")
    public void put() {
        throw notImplemented();
    }

    @PATCH
    @Operation(summary = "Not implemented (501)")
    public void patch() {
        throw notImplemented();
    }

    @DELETE
    @Operation(summary = "Not implemented (501)")
    public void delete() {
        throw notImplemented();
    }
}
