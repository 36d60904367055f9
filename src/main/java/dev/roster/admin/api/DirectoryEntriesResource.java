package dev.roster.admin.api;

import dev.roster.admin.api.model.GroupDetail;
import dev.roster.admin.api.model.UserDetail;
import dev.roster.config.RosterConfig;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.ResourceView;
import dev.roster.web.api.PageRequest;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/integrations/{id}/users/{userId}} and {@code …/groups/{groupId}}: one user with its groups, one
 * group with a page of its direct members. The lists are {@link DirectoryListsResource}.
 */
@Path("integrations")
@RequestScoped
@Tag(name = "Admin: directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryEntriesResource {

    static final int DEFAULT_MEMBERS = 100;
    static final int MAX_MEMBERS = 1000;

    @Inject
    DirectoryBrowser directory;

    @Inject
    RosterConfig config;

    @GET
    @Path("{id}/users/{userId}")
    @Operation(summary = "Read a user with its groups (direct and nested) and its SCIM representation")
    @APIResponseSchema(value = UserDetail.class, responseCode = "200", responseDescription = "The user")
    public UserDetail user(@PathParam("id") String id, @PathParam("userId") String userId) {
        ResourceView user = directory
                .user(id, userId)
                .orElseThrow(() -> ApiProblem.notFound("User " + userId + " not found in integration " + id));
        return new UserDetail(
                DirectoryAssembler.user(user.resource()),
                DirectoryAssembler.memberships(user.groups()),
                new ResourceRenderer(config.scimBaseUrl()).render(user));
    }

    @GET
    @Path("{id}/groups/{groupId}")
    @Operation(
            summary = "Read a group with one page of its direct members",
            description = "membersStart (1-based) and membersCount (default 100, at most 1000) page the members.")
    @APIResponseSchema(value = GroupDetail.class, responseCode = "200", responseDescription = "The group")
    @APIResponse(responseCode = "400", description = "membersStart or membersCount is not an integer")
    public GroupDetail group(
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
