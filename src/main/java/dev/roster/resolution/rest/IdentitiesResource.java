package dev.roster.resolution.rest;

import dev.roster.integration.IntegrationService;
import dev.roster.resolution.core.IdentityLookup;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/integrations/{id}/identities/{userNameOrEmail}}: a user and their groups for logins that
 * never pass a portal (a Snowflake SSO login), authenticated with an API key. An integration outside the key's
 * integrations is answered like one that does not exist.
 */
@Path("integrations/{id}/identities/{key}")
@ApplicationScoped
@Tag(name = "Identity resolution")
@SecurityRequirement(name = ResolutionApi.API_KEY)
public class IdentitiesResource {

    @Inject
    ResolutionService resolution;

    @Inject
    IntegrationService integrations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A user and their groups, for SSO logins",
            description =
                    "Looks {key} up as userName, then (when it contains '@') as email, ignoring case, in the "
                            + "integration's directory. Groups are direct and nested (cycles end). An inactive user comes "
                            + "back with active:false and no groups. Authenticate with an API key: Authorization: Bearer rsrk_…")
    @APIResponseSchema(value = IdentityAnswer.class, responseCode = "200", responseDescription = "The user")
    @APIResponse(
            responseCode = "404",
            description = "No such integration (also for one outside the API key's "
                    + "integrations), or no such user (type urn:roster:problem:unknown-user)",
            content =
                    @Content(
                            mediaType = ProblemResponses.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "unknownUser", value = ResolutionApi.EXAMPLE_UNKNOWN_USER)))
    @APIResponse(
            responseCode = "409",
            description = "Several users have this email (type " + "urn:roster:problem:ambiguous-email)")
    public Response identity(
            @PathParam("id") String integrationId,
            @PathParam("key") String key,
            @Context ContainerRequestContext request) {
        if (!ResolutionAuthenticationFilter.caller(request).scope().includes(integrationId)) {
            // Outside the key's integrations: the answer of an unknown integration, so the key learns nothing.
            throw unknownIntegration(integrationId);
        }
        if (key == null || key.isBlank() || key.length() > 512) {
            throw ApiProblem.badRequest("The user name or email must have 1 to 512 characters");
        }
        IdentityLookup lookup = resolution.identity(integrationId, key.strip());
        if (lookup.outcome() == IdentityLookup.Outcome.AMBIGUOUS) {
            throw new ApiProblem(ResolutionApi.AMBIGUOUS_EMAIL, 409, "More than one user has the email '" + key + "'");
        }
        if (lookup.outcome() == IdentityLookup.Outcome.UNKNOWN) {
            if (integrations.find(integrationId).isEmpty()) {
                throw unknownIntegration(integrationId);
            }
            throw new ApiProblem(
                    ResolutionApi.UNKNOWN_USER,
                    404,
                    "No user with the userName or email '" + key + "' in integration " + integrationId);
        }
        return Response.ok(ResolutionJson.identity(integrationId, lookup), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static ApiProblem unknownIntegration(String integrationId) {
        return ApiProblem.notFound("No integration with id '" + integrationId + "'");
    }
}
