package dev.roster.resolution.registry.api;

import dev.roster.resolution.attribution.AttributionQueries;
import dev.roster.resolution.registry.DbAccountEntity;
import dev.roster.resolution.registry.RegistryService;
import dev.roster.resolution.registry.RepositoryEntity;
import dev.roster.resolution.registry.api.RegistryModels.AlertList;
import dev.roster.resolution.registry.api.RegistryModels.AlertView;
import dev.roster.web.api.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/attribution/alerts}: alerts of all accounts, newest first, for the console's overview. */
@Path("attribution/alerts")
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    @Inject
    AttributionQueries attribution;

    @Inject
    RegistryService registry;

    @GET
    @Operation(
            summary = "Unattributed-use alerts of all database accounts",
            description =
                    "Newest first, at most "
                            + "count (default 100, at most 1000). One alert per account, reason and hour, with its occurrences.")
    @APIResponseSchema(value = AlertList.class, responseCode = "200", responseDescription = "The alerts")
    @APIResponse(responseCode = "400", description = "count is not an integer")
    public AlertList alerts(@QueryParam("count") String count) {
        int most = Math.max(
                1,
                PageRequest.scimStyle("startIndex", null, "count", count, 100, 1000)
                        .count());
        Map<String, String[]> names = new HashMap<>();
        for (RepositoryEntity repository : registry.repositories()) {
            for (DbAccountEntity account : registry.accounts(repository.id())) {
                names.put(account.id(), new String[] {repository.name(), account.name()});
            }
        }
        List<AlertView> items = attribution.alerts(null, most).stream()
                .map(a -> {
                    String[] n = names.getOrDefault(a.accountId(), new String[] {null, null});
                    return RegistryViews.alert(a, n[0], n[1]);
                })
                .toList();
        return new AlertList(items.size(), items);
    }
}
