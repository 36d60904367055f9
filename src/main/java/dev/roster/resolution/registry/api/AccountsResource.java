package dev.roster.resolution.registry.api;

import dev.roster.resolution.registry.AccountSettings;
import dev.roster.resolution.registry.DbAccountEntity;
import dev.roster.resolution.registry.RegistryService;
import dev.roster.resolution.registry.RepositoryEntity;
import dev.roster.resolution.registry.api.RegistryModels.AccountList;
import dev.roster.resolution.registry.api.RegistryModels.AccountRequest;
import dev.roster.resolution.registry.api.RegistryModels.AccountView;
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

/** {@code /api/v1/repositories/{id}/accounts}: the database accounts of a repository. */
@Path(RepositoriesResource.PATH)
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    RegistryService registry;

    @Inject
    RegistryViews views;

    @POST
    @Path("{id}/accounts")
    @Operation(
            summary = "Register a database account of the repository",
            description = "The service account a BI "
                    + "tool or application connects with, the integration that resolves its end users, and how.")
    @APIResponseSchema(value = AccountView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = "Invalid settings or unknown integration")
    @APIResponse(responseCode = "409", description = "The repository has an account of that name")
    public Response createAccount(@PathParam("id") String id, AccountRequest request) {
        RequestBodies.required(request);
        AccountSettings settings = AccountRequests.settings(null, request);
        DbAccountEntity created = registry.createAccount(id, settings);
        return Response.status(201)
                .entity(views.account(registry.repository(id), created))
                .build();
    }

    @GET
    @Path("{id}/accounts")
    @Operation(summary = "List the repository's database accounts", description = "With attribution counts.")
    @APIResponseSchema(value = AccountList.class, responseCode = "200", responseDescription = "The accounts")
    public AccountList accounts(@PathParam("id") String id) {
        RepositoryEntity repository = registry.repository(id);
        List<AccountView> accounts = registry.accounts(id).stream()
                .map(a -> views.account(repository, a))
                .toList();
        return new AccountList(accounts.size(), accounts);
    }

    @GET
    @Path("{id}/accounts/{accountId}")
    @Operation(summary = "Read a database account")
    @APIResponseSchema(value = AccountView.class, responseCode = "200", responseDescription = "The account")
    public AccountView account(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        return views.account(registry.repository(id), registry.account(id, accountId));
    }

    @PATCH
    @Path("{id}/accounts/{accountId}")
    @Operation(
            summary = "Change a database account",
            description = "Send the fields to change; markers replaces "
                    + "all four marker names (absent ones become the defaults).")
    @APIResponseSchema(value = AccountView.class, responseCode = "200", responseDescription = "The changed account")
    public AccountView updateAccount(
            @PathParam("id") String id, @PathParam("accountId") String accountId, AccountRequest request) {
        RequestBodies.required(request);
        DbAccountEntity account = registry.account(id, accountId);
        DbAccountEntity updated =
                registry.updateAccount(id, accountId, AccountRequests.settings(account.settings(), request));
        return views.account(registry.repository(id), updated);
    }

    @DELETE
    @Path("{id}/accounts/{accountId}")
    @Operation(summary = "Delete a database account with its attribution records and session carriers")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteAccount(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        registry.deleteAccount(id, accountId);
        return Response.noContent().build();
    }
}
