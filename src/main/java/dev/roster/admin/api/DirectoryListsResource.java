package dev.roster.admin.api;

import dev.roster.admin.api.model.GroupPage;
import dev.roster.admin.api.model.UserPage;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.web.api.PageRequest;
import dev.roster.web.api.problem.ProblemExamples;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/integrations/{id}/users} and {@code …/groups}: one page of an integration's users or groups.
 * Both lists search, sort and page alike, so their query parameters are this request-scoped resource's fields:
 * JAX-RS fills them for either list, and Payara's OpenAPI documents a field parameter on every operation of its
 * class (it leaves {@code @BeanParam} parameters out). Single users and groups are {@link DirectoryEntriesResource}.
 * Like it, this class shares {@link IntegrationsResource}'s root path, which JAX-RS merges into one resource; a
 * root path of its own, {@code integrations/{id}}, would take {@code GET /integrations/{id}} from it.
 */
@Path("integrations")
@RequestScoped
@Tag(name = "Admin: directory")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "400",
        description = "Invalid filter, sort or paging",
        content = @Content(examples = @ExampleObject(name = "invalidFilter", value = ProblemExamples.INVALID_FILTER)))
public class DirectoryListsResource {

    private static final String PAGING = " Sort with sortBy (an attribute) and sortOrder (ascending or descending)."
            + " Page with startIndex/count (SCIM style) or page/size; 50 per page by default, 500 at most.";

    @Inject
    DirectoryBrowser directory;

    @PathParam("id")
    String id;

    @QueryParam("filter")
    String filter;

    @QueryParam("q")
    String q;

    @QueryParam("sortBy")
    String sortBy;

    @QueryParam("sortOrder")
    String sortOrder;

    @QueryParam("startIndex")
    String startIndex;

    @QueryParam("count")
    String count;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @GET
    @Path("{id}/users")
    @Operation(
            summary = "List, filter and search users",
            description =
                    "filter: a SCIM filter (userName sw \"j\"); active: true or false; q: a substring of userName, displayName or an email. Filters run in the database."
                            + PAGING)
    @APIResponseSchema(value = UserPage.class, responseCode = "200", responseDescription = "One page of users")
    public UserPage users(@QueryParam("active") String active) {
        return list(DirectoryFilters.users(filter, active, q), directory::users, DirectoryAssembler::users);
    }

    @GET
    @Path("{id}/groups")
    @Operation(
            summary = "List, filter and search groups",
            description =
                    "filter: a SCIM filter; q: a substring of displayName. Each group with its direct member count."
                            + PAGING)
    @APIResponseSchema(value = GroupPage.class, responseCode = "200", responseDescription = "One page of groups")
    public GroupPage groups() {
        return list(DirectoryFilters.groups(filter, q), directory::groups, DirectoryAssembler::groups);
    }

    /** Both lists: the window asked for, the matches searched in it, and the page made of them. */
    private <M, P> P list(Filter matching, BiFunction<String, SearchSpec, M> search, BiFunction<M, Integer, P> pageOf) {
        PageRequest window = DirectoryFilters.page(startIndex, count, page, size);
        M matches = search.apply(id, DirectoryFilters.search(matching, sortBy, sortOrder, window));
        return pageOf.apply(matches, window.startIndex());
    }
}
