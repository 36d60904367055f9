package dev.roster.admin.api;

import dev.roster.admin.api.model.IntegrationList;
import dev.roster.admin.api.model.IntegrationRequest;
import dev.roster.admin.api.model.IntegrationView;
import dev.roster.config.RosterConfig;
import dev.roster.integration.IntegrationEntity;
import dev.roster.integration.IntegrationService;
import dev.roster.integration.IntegrationStatusQueries;
import dev.roster.web.api.RequestBodies;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.ProblemExamples;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/integrations}: create, list, read, rename or re-type, and delete integrations. */
@Path("integrations")
@RequestScoped
@Tag(name = "Admin: integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationsResource {

    @Inject
    IntegrationService integrations;

    @Inject
    IntegrationStatusQueries statuses;

    @Inject
    RosterConfig config;

    @POST
    @Operation(
            summary = "Create an integration",
            description = "Its id is generated from the name. "
                    + "SCIM stays disabled until POST /integrations/{id}/scim issues a token.")
    @APIResponseSchema(value = IntegrationView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(
            responseCode = "400",
            description = "Missing or invalid name or idp",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ProblemExamples.INVALID_REQUEST)))
    public Response create(IntegrationRequest request) {
        RequestBodies.required(request);
        IntegrationEntity created =
                integrations.create(RequestValues.name(request.name()), RequestValues.idp(request.idp()));
        return Response.created(URI.create(config.publicUrl() + "/api/v1/integrations/" + created.id()))
                .entity(view(created))
                .build();
    }

    @GET
    @Operation(summary = "List integrations with their status", description = "Oldest first.")
    @APIResponseSchema(value = IntegrationList.class, responseCode = "200", responseDescription = "All integrations")
    public IntegrationList list() {
        List<IntegrationView> views =
                integrations.list().stream().map(this::view).toList();
        return new IntegrationList(views.size(), views);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an integration with its status")
    @APIResponseSchema(value = IntegrationView.class, responseCode = "200", responseDescription = "The integration")
    public IntegrationView get(@PathParam("id") String id) {
        return view(integrations.require(id));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Rename an integration or change its IdP type", description = "Send either field or both.")
    @APIResponseSchema(
            value = IntegrationView.class,
            responseCode = "200",
            responseDescription = "The changed integration")
    @APIResponse(responseCode = "400", description = "Invalid name or idp")
    public IntegrationView update(@PathParam("id") String id, IntegrationRequest request) {
        RequestBodies.required(request);
        if (request.name() == null && request.idp() == null) {
            throw ApiProblem.badRequest("Send name, idp or both");
        }
        return view(integrations.update(
                id,
                request.name() == null ? null : RequestValues.name(request.name()),
                request.idp() == null ? null : RequestValues.idp(request.idp())));
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Delete an integration and its whole directory",
            description = "Users, groups, memberships and credentials go at once; provisioning-log entries stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        integrations.delete(id);
        return Response.noContent().build();
    }

    private IntegrationView view(IntegrationEntity integration) {
        return IntegrationAssembler.view(integration, statuses.statusOf(integration.id()));
    }
}
