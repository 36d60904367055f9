package dev.roster.admin.api;

import dev.roster.admin.api.model.GroupDetail;
import dev.roster.admin.api.model.GroupPage;
import dev.roster.admin.api.model.GroupSummary;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.web.api.ApiApplication;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/integrations/{id}/groups}: read-only browsing of an integration's groups and members. */
@Path("integrations/{id}/groups")
@RequestScoped
@Tag(name = "Admin: directory")
@SecurityRequirement(name = ApiApplication.BASIC)
@SecurityRequirement(name = ApiApplication.SESSION)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "Not signed in",
        content =
                @Content(
                        mediaType = ProblemResponses.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class),
                        examples = @ExampleObject(name = "unauthorized", value = ProblemExamples.UNAUTHORIZED)))
@APIResponse(
        responseCode = "404",
        description = "No such integration or group",
        content =
                @Content(
                        mediaType = ProblemResponses.MEDIA_TYPE,
                        schema = @Schema(implementation = Problem.class),
                        examples = @ExampleObject(name = "notFound", value = ProblemExamples.NOT_FOUND)))
public class DirectoryGroupsResource {

    static final int MAX_PAGE = 500;
    static final int DEFAULT_MEMBERS = 100;
    static final int MAX_MEMBERS = 1000;

    @Inject
    DirectoryBrowser directory;

    @GET
    @Operation(
            summary = "List, filter and search groups",
            description =
                    "filter: a SCIM filter; q: a substring of displayName. Each group with its direct member count; paged like users.")
    @APIResponse(
            responseCode = "200",
            description = "One page of groups",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GroupPage.class)))
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
        PageRequest window = PageRequest.of(startIndex, count, page, size, MAX_PAGE);
        SearchSpec spec = new SearchSpec(
                DirectoryFilters.groups(filter, q),
                DirectoryFilters.sortBy(sortBy),
                DirectoryFilters.descending(sortOrder),
                window.startIndex(),
                window.count());
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
    @APIResponse(
            responseCode = "200",
            description = "The group",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GroupDetail.class)))
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
