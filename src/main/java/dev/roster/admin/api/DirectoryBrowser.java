package dev.roster.admin.api;

import dev.roster.directory.store.MemberListing;
import dev.roster.integration.IntegrationService;
import dev.roster.scim.service.GroupService;
import dev.roster.scim.service.GroupService.GroupView;
import dev.roster.scim.service.UserService;
import dev.roster.scim.service.UserService.UserView;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.SearchSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only access to one integration's directory for the admin views, through the same services and
 * stores SCIM uses (filters become SQL, pages are cut in the database). Each call is one transaction, so a
 * page and its counts come from one snapshot.
 */
@ApplicationScoped
@Transactional
public class DirectoryBrowser {

    @Inject
    IntegrationService integrations;

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Inject
    MemberListing members;

    /** A page of groups with each one's direct member count. */
    public record GroupsWithCounts(Page<GroupView> page, Map<String, Long> memberCounts) {}

    /** A group with one page of its members. */
    public record GroupWithMembers(GroupView group, Page<MemberRef> members) {}

    public Page<UserView> users(String integrationId, SearchSpec spec) {
        integrations.require(integrationId);
        return users.search(integrationId, spec, false);
    }

    public Optional<UserView> user(String integrationId, String userId) {
        integrations.require(integrationId);
        return users.find(integrationId, userId);
    }

    public GroupsWithCounts groups(String integrationId, SearchSpec spec) {
        integrations.require(integrationId);
        Page<GroupView> page = groups.search(integrationId, spec, false);
        List<String> ids = page.items().stream().map(g -> g.group().id()).toList();
        return new GroupsWithCounts(page, members.counts(ids));
    }

    public Optional<GroupWithMembers> group(String integrationId, String groupId, int membersStart, int membersCount) {
        integrations.require(integrationId);
        return groups.find(integrationId, groupId, false)
                .map(group -> new GroupWithMembers(group, members.page(groupId, membersStart, membersCount)));
    }
}
