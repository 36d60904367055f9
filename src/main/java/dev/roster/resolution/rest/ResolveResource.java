package dev.roster.resolution.rest;

import dev.roster.web.api.problem.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/resolve}: who is behind statements a shared service account sent, and their groups. This
 * JAX-RS resource is the endpoint's OpenAPI contract; requests are served by {@link ResolveServlet}, mapped to the
 * exact path (which wins over the API application's {@code /api/v1/*}), because JAX-RS routing and filters cost
 * more CPU than the resolution itself. Both run the same {@link ResolveHandler}.
 */
@Path("resolve")
@ApplicationScoped
@Tag(name = "Identity resolution")
@SecurityRequirement(name = ResolutionApi.API_KEY)
@SecurityScheme(
        securitySchemeName = ResolutionApi.API_KEY,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "rsrk_…",
        description = "An API key issued by the admin (POST /api/v1/api-keys), for the resolution endpoints only")
public class ResolveResource {

    @Inject
    ResolveHandler handler;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Resolve the end user behind a service account's statements",
            description = "Reads the identity carriers (Looker context or email comments, Tableau Initial SQL, "
                    + "custom RosterContext comments) with the database account's markers, looks the person up in "
                    + "the account's integration directory (userName or email, ignoring case; Looker user ids via "
                    + "the Looker API or an uploaded mapping) and answers the user with their groups, direct and "
                    + "nested. Unattributed answers say why. Every answer is counted for the account's attribution "
                    + "records. Authenticate with an API key: Authorization: Bearer rsrk_…")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResolveRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "Attributed, or unattributed with a reason",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResolveAnswer.class),
                            examples = {
                                @ExampleObject(name = "attributed", value = ResolutionApi.EXAMPLE_ATTRIBUTED),
                                @ExampleObject(name = "tableauSession", value = ResolutionApi.EXAMPLE_TABLEAU),
                                @ExampleObject(name = "noCarrier", value = ResolutionApi.EXAMPLE_NO_CARRIER),
                                @ExampleObject(name = "inactive", value = ResolutionApi.EXAMPLE_INACTIVE)
                            }))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(
            responseCode = "404",
            description = "The repository or database account is not registered, or "
                    + "its integration is outside the API key's integrations (the same answer)",
            content =
                    @Content(
                            mediaType = ProblemResponses.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unknownAccount",
                                            value = ResolutionApi.EXAMPLE_UNKNOWN_ACCOUNT)))
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB")
    public Response resolve(InputStream body, @Context ContainerRequestContext request) {
        String answer = handler.resolve(
                ResolveHandler.readBody(body),
                ResolutionAuthenticationFilter.caller(request).scope());
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
