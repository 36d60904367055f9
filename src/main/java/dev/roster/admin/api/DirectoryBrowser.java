package dev.roster.admin.api;

import dev.roster.directory.store.MemberListing;
import dev.roster.integration.IntegrationService;
import dev.roster.scim.service.ResourceService;
import dev.roster.scim.service.ResourceView;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
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
    ResourceService resources;

    @Inject
    MemberListing members;

    /** A page of groups with each one's direct member count. */
    public record GroupsWithCounts(Page<ResourceView> page, Map<String, Long> memberCounts) {}

    /** A group with one page of its members. */
    public record GroupWithMembers(ResourceView group, Page<MemberRef> members) {}

    public Page<ResourceView> users(String integrationId, SearchSpec spec) {
        integrations.require(integrationId);
        return resources.search(ResourceType.USER, integrationId, spec, false);
    }

    public Optional<ResourceView> user(String integrationId, String userId) {
        integrations.require(integrationId);
        return resources.find(ResourceType.USER, integrationId, userId, true);
    }

    public GroupsWithCounts groups(String integrationId, SearchSpec spec) {
        integrations.require(integrationId);
        Page<ResourceView> page = resources.search(ResourceType.GROUP, integrationId, spec, false);
        List<String> ids = page.items().stream().map(g -> g.resource().id()).toList();
        return new GroupsWithCounts(page, members.counts(ids));
    }

    public Optional<GroupWithMembers> group(String integrationId, String groupId, int membersStart, int membersCount) {
        integrations.require(integrationId);
        return resources
                .find(ResourceType.GROUP, integrationId, groupId, false)
                .map(group -> new GroupWithMembers(group, members.page(groupId, membersStart, membersCount)));
    }
}
