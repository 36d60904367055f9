package dev.roster.resolution.registry.api;

import dev.roster.resolution.attribution.AttributionQueries;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.registry.AccountConfigs;
import dev.roster.resolution.registry.DbAccountEntity;
import dev.roster.resolution.registry.RegistryException;
import dev.roster.resolution.registry.RegistryService;
import dev.roster.resolution.registry.RepositoryEntity;
import dev.roster.resolution.registry.api.RegistryModels.AlertView;
import dev.roster.resolution.registry.api.RegistryModels.AttributionView;
import dev.roster.resolution.registry.api.RegistryModels.EventView;
import dev.roster.resolution.rest.ResolutionJson;
import dev.roster.resolution.rest.ResolutionService;
import dev.roster.resolution.rest.ResolveAnswer;
import dev.roster.web.api.IsoTimes;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
 * {@code /api/v1/repositories/{id}/accounts/{accountId}/…}: what a database account's use was attributed to,
 * and a preview of how statements would be.
 */
@Path(RepositoriesResource.PATH)
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttributionResource {

    static final int EVENTS = 50;
    static final int ALERTS = 50;

    @Inject
    RegistryService registry;

    @Inject
    AttributionQueries attribution;

    @Inject
    AccountConfigs accountConfigs;

    @Inject
    ResolutionService resolution;

    @GET
    @Path("{id}/accounts/{accountId}/attribution")
    @Operation(
            summary = "Attribution records of a database account",
            description = "Counts (attributed, and "
                    + "unattributed by reason), last seen, the newest events and the alerts raised for unattributed use "
                    + "while attribution is required. Counts from other nodes appear within "
                    + "roster.resolution.attribution.flush-seconds.")
    @APIResponseSchema(value = AttributionView.class, responseCode = "200", responseDescription = "The records")
    public AttributionView attribution(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        RepositoryEntity repository = registry.repository(id);
        DbAccountEntity account = registry.account(id, accountId);
        AttributionQueries.Summary summary = attribution.summary(accountId);
        List<EventView> events = attribution.recentEvents(accountId, EVENTS).stream()
                .map(RegistryViews::event)
                .toList();
        List<AlertView> alerts = attribution.alerts(accountId, ALERTS).stream()
                .map(a -> RegistryViews.alert(a, repository.name(), account.name()))
                .toList();
        return new AttributionView(
                accountId,
                repository.name(),
                account.name(),
                account.settings().requireAttribution(),
                summary.total(),
                summary.attributed(),
                summary.unattributed(),
                IsoTimes.instant(summary.lastSeenAt()),
                IsoTimes.instant(summary.lastAttributedAt()),
                events,
                alerts);
    }

    @POST
    @Path("{id}/accounts/{accountId}/preview")
    @Operation(
            summary = "Resolve statements as this account, without side effects",
            description = "For the "
                    + "console's \"who is behind this statement?\": the same answer as POST /api/v1/resolve (which takes "
                    + "API keys), but not counted in the attribution records and without session memory (an Initial SQL "
                    + "applies to the later statements of the same request only).")
    @APIResponseSchema(
            value = ResolveAnswer.class,
            responseCode = "200",
            responseDescription = "The answer, as POST /api/v1/resolve gives it")
    @APIResponse(responseCode = "400", description = "No statements")
    public Response preview(
            @PathParam("id") String id,
            @PathParam("accountId") String accountId,
            RegistryModels.PreviewRequest request) {
        List<String> statements = request == null ? null : request.statements();
        if (statements == null
                || statements.isEmpty()
                || statements.size() > 100
                || statements.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiProblem.badRequest("statements must be an array of 1 to 100 strings");
        }
        RepositoryEntity repository = registry.repository(id);
        DbAccountEntity account = registry.account(id, accountId);
        AccountConfig config = accountConfigs
                .find(repository.name(), account.name())
                .orElseThrow(() ->
                        RegistryException.notFound("Repository " + id + " has no account with id '" + accountId + "'"));
        return Response.ok(
                        ResolutionJson.resolution(config, resolution.preview(config, statements)),
                        MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
