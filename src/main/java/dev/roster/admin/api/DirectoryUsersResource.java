package dev.roster.admin.api;

import dev.roster.admin.api.model.UserDetail;
import dev.roster.admin.api.model.UserPage;
import dev.roster.admin.api.model.UserSummary;
import dev.roster.config.RosterConfig;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.ResourceView;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.web.api.PageRequest;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.Problem;
import dev.roster.web.api.problem.ProblemExamples;
import dev.roster.web.api.problem.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/integrations/{id}/users}: read-only browsing of an integration's users. */
@Path("integrations/{id}/users")
@RequestScoped
@Tag(name = "Admin: directory")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No such integration or user",
        content =
                @Content(
                        mediaType = ProblemResponses.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class),
                        examples = @ExampleObject(name = "notFound", value = ProblemExamples.NOT_FOUND)))
public class DirectoryUsersResource {

    @Inject
    DirectoryBrowser directory;

    @Inject
    RosterConfig config;

    @GET
    @Operation(
            summary = "List, filter and search users",
            description =
                    "filter: a SCIM filter (userName sw \"j\"); active: true or false; q: a substring of userName, displayName or an email. Filters run in the database. "
                            + "Page with startIndex/count (SCIM style) or page/size; 50 per page by default, 500 at most.")
    @APIResponseSchema(value = UserPage.class, responseCode = "200", responseDescription = "One page of users")
    @APIResponse(
            responseCode = "400",
            description = "Invalid filter or paging",
            content =
                    @Content(
                            mediaType = ProblemResponses.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalidFilter", value = ProblemExamples.INVALID_FILTER)))
    public UserPage list(
            @PathParam("id") String id,
            @QueryParam("filter") String filter,
            @QueryParam("active") String active,
            @QueryParam("q") String q,
            @QueryParam("sortBy") String sortBy,
            @QueryParam("sortOrder") String sortOrder,
            @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest window = DirectoryFilters.page(startIndex, count, page, size);
        SearchSpec spec = DirectoryFilters.search(DirectoryFilters.users(filter, active, q), sortBy, sortOrder, window);
        Page<ResourceView> users = directory.users(id, spec);
        List<UserSummary> items = users.items().stream()
                .map(u -> DirectoryAssembler.user(u.resource()))
                .toList();
        return new UserPage(users.totalResults(), window.startIndex(), items.size(), items);
    }

    @GET
    @Path("{userId}")
    @Operation(summary = "Read a user with its groups (direct and nested) and its SCIM representation")
    @APIResponseSchema(value = UserDetail.class, responseCode = "200", responseDescription = "The user")
    public UserDetail get(@PathParam("id") String id, @PathParam("userId") String userId) {
        ResourceView user = directory
                .user(id, userId)
                .orElseThrow(() -> ApiProblem.notFound("User " + userId + " not found in integration " + id));
        return new UserDetail(
                DirectoryAssembler.user(user.resource()),
                DirectoryAssembler.memberships(user.groups()),
                new ResourceRenderer(config.scimBaseUrl()).render(user));
    }
}
