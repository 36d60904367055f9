package dev.roster.resolution.registry.api;

import dev.roster.resolution.registry.LookerInput;
import dev.roster.resolution.registry.RegistryService;
import dev.roster.resolution.registry.RepositoryEntity;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryList;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryRequest;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryView;
import dev.roster.web.api.RequestBodies;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/repositories}: the data repositories themselves. Their Looker settings, database accounts and
 * attribution records are served under the same path by {@link LookerResource}, {@link AccountsResource} and
 * {@link AttributionResource}. Admin-authenticated like the rest of the admin API.
 */
@Path(RepositoriesResource.PATH)
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RepositoriesResource {

    /** The path all registry resources share. */
    static final String PATH = "repositories";

    @Inject
    RegistryService registry;

    @Inject
    RegistryViews views;

    @POST
    @Operation(
            summary = "Register a data repository",
            description = "Optionally with Looker API credentials "
                    + "(the client secret is stored encrypted and never returned).")
    @APIResponseSchema(value = RepositoryView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = "Invalid name, type or Looker settings")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(RepositoryRequest request) {
        RequestBodies.required(request);
        RepositoryEntity created = registry.createRepository(request.name(), request.type(), looker(request));
        return Response.status(201).entity(views.repository(created)).build();
    }

    @GET
    @Operation(summary = "List data repositories", description = "By name.")
    @APIResponseSchema(value = RepositoryList.class, responseCode = "200", responseDescription = "All repositories")
    public RepositoryList list() {
        List<RepositoryView> repositories =
                registry.repositories().stream().map(views::repository).toList();
        return new RepositoryList(repositories.size(), repositories);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a data repository")
    @APIResponseSchema(value = RepositoryView.class, responseCode = "200", responseDescription = "The repository")
    public RepositoryView get(@PathParam("id") String id) {
        return views.repository(registry.repository(id));
    }

    @PATCH
    @Path("{id}")
    @Operation(
            summary = "Rename, re-type or set Looker API credentials",
            description = "Send any of name, type, "
                    + "looker. looker replaces the settings; without clientSecret the stored secret is kept.")
    @APIResponseSchema(
            value = RepositoryView.class,
            responseCode = "200",
            responseDescription = "The changed repository")
    public RepositoryView update(@PathParam("id") String id, RepositoryRequest request) {
        RequestBodies.required(request);
        return views.repository(registry.updateRepository(id, request.name(), request.type(), looker(request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a repository with its accounts, attribution records and Looker mapping")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        registry.deleteRepository(id);
        return Response.noContent().build();
    }

    private static LookerInput looker(RepositoryRequest request) {
        RegistryModels.LookerRequest l = request.looker();
        return l == null ? null : new LookerInput(l.apiUrl(), l.clientId(), l.clientSecret(), l.cacheSeconds());
    }
}
