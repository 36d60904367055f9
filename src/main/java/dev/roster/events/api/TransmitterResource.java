package dev.roster.events.api;

import dev.roster.config.RosterConfig;
import dev.roster.events.set.SigningKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a receiver reads before it has any credentials: the transmitter metadata (also at
 * {@code /.well-known/ssf-configuration}, {@link SsfConfigurationServlet}) and the keys SETs are signed with. No
 * authentication ({@link SsfPaths#isPublic}).
 */
@Path(SsfPaths.ROOT)
@RequestScoped
@Tag(name = SsfApi.TAG)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class TransmitterResource {

    @Inject
    RosterConfig config;

    @Inject
    SigningKeys keys;

    @GET
    @Path("configuration")
    @Operation(
            summary = "Transmitter configuration metadata",
            description = "SSF §7.1, the same document as GET /.well-known/ssf-configuration (where receivers "
                    + "look for it: the issuer is the public URL). No authentication.")
    @APIResponse(
            responseCode = "200",
            description = "The metadata",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SsfApi.Configuration.class),
                            examples = @ExampleObject(name = "metadata", value = SsfApi.EXAMPLE_METADATA)))
    public Response configuration() {
        return Response.ok(TransmitterMetadata.of(config.publicUrl()).toString())
                .build();
    }

    @GET
    @Path("jwks")
    @Operation(
            summary = "The keys SETs are signed with",
            description = "The transmitter's jwks_uri (RFC 7517): the public RSA keys (RS256) that verify every "
                    + "SET's signature, the current one and any still valid. No authentication.")
    @APIResponse(
            responseCode = "200",
            description = "The JSON Web Key Set",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SsfApi.Jwks.class),
                            examples = @ExampleObject(name = "keys", value = SsfApi.EXAMPLE_JWKS)))
    public Response jwks() {
        return Response.ok(keys.publicJwks().toString(true)).build();
    }
}
