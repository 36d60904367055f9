package dev.roster.admin.api;

import dev.roster.admin.api.model.GroupDetail;
import dev.roster.admin.api.model.GroupPage;
import dev.roster.admin.api.model.GroupSummary;
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

/** {@code /api/v1/integrations/{id}/groups}: read-only browsing of an integration's groups and members. */
@Path("integrations/{id}/groups")
@RequestScoped
@Tag(name = "Admin: directory")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No such integration or group",
        content =
                @Content(
                        mediaType = ProblemResponses.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class),
                        examples = @ExampleObject(name = "notFound", value = ProblemExamples.NOT_FOUND)))
public class DirectoryGroupsResource {

    static final int DEFAULT_MEMBERS = 100;
    static final int MAX_MEMBERS = 1000;

    @Inject
    DirectoryBrowser directory;

    @GET
    @Operation(
            summary = "List, filter and search groups",
            description =
                    "filter: a SCIM filter; q: a substring of displayName. Each group with its direct member count; paged like users.")
    @APIResponseSchema(value = GroupPage.class, responseCode = "200", responseDescription = "One page of groups")
    @APIResponse(
            responseCode = "400",
            description = "Invalid filter or paging",
            content =
                    @Content(
                            mediaType = ProblemResponses.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalidFilter", value = ProblemExamples.INVALID_FILTER)))
    public GroupPage list(
            @PathParam("id") String id,
            @QueryParam("filter") String filter,
            @QueryParam("q") String q,
            @QueryParam("sortBy") String sortBy,
            @QueryParam("sortOrder") String sortOrder,
            @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest window = DirectoryFilters.page(startIndex, count, page, size);
        SearchSpec spec = DirectoryFilters.search(DirectoryFilters.groups(filter, q), sortBy, sortOrder, window);
        DirectoryBrowser.GroupsWithCounts groups = directory.groups(id, spec);
        List<GroupSummary> items = groups.page().items().stream()
                .map(g -> DirectoryAssembler.group(
                        g.resource(),
                        groups.memberCounts().getOrDefault(g.resource().id(), 0L)))
                .toList();
        return new GroupPage(groups.page().totalResults(), window.startIndex(), items.size(), items);
    }

    @GET
    @Path("{groupId}")
    @Operation(
            summary = "Read a group with one page of its direct members",
            description = "membersStart (1-based) and membersCount (default 100, at most 1000) page the members.")
    @APIResponseSchema(value = GroupDetail.class, responseCode = "200", responseDescription = "The group")
    @APIResponse(
            responseCode = "400",
            description = "membersStart or membersCount is not an integer",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GroupDetail get(
            @PathParam("id") String id,
            @PathParam("groupId") String groupId,
            @QueryParam("membersStart") String membersStart,
            @QueryParam("membersCount") String membersCount) {
        PageRequest window = PageRequest.scimStyle(
                "membersStart", membersStart, "membersCount", membersCount, DEFAULT_MEMBERS, MAX_MEMBERS);
        DirectoryBrowser.GroupWithMembers group = directory
                .group(id, groupId, window.startIndex(), window.count())
                .orElseThrow(() -> ApiProblem.notFound("Group " + groupId + " not found in integration " + id));
        return new GroupDetail(
                DirectoryAssembler.group(
                        group.group().resource(), group.members().totalResults()),
                DirectoryAssembler.members(group.members(), window.startIndex()));
    }
}
