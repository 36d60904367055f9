package dev.roster.admin.api;

import dev.roster.admin.api.model.GroupMembershipView;
import dev.roster.admin.api.model.GroupPage;
import dev.roster.admin.api.model.GroupSummary;
import dev.roster.admin.api.model.MemberPage;
import dev.roster.admin.api.model.MemberView;
import dev.roster.admin.api.model.UserPage;
import dev.roster.admin.api.model.UserSummary;
import dev.roster.scim.service.ResourceView;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.StoredResource;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;

/** Stored users, groups and memberships → the admin API's summaries and pages. */
final class DirectoryAssembler {

    private DirectoryAssembler() {}

    static UserSummary user(StoredResource user) {
        JsonObject document = user.document();
        return new UserSummary(
                user.id(),
                document.getString("userName", null),
                string(document, "displayName"),
                email(document),
                document.getBoolean("active", true),
                string(document, "externalId"),
                Instant.ofEpochMilli(user.created()),
                Instant.ofEpochMilli(user.lastModified()));
    }

    static GroupSummary group(StoredResource group, long memberCount) {
        return new GroupSummary(
                group.id(),
                group.displayName(),
                string(group.document(), "externalId"),
                memberCount,
                Instant.ofEpochMilli(group.created()),
                Instant.ofEpochMilli(group.lastModified()));
    }

    static List<GroupMembershipView> memberships(List<dev.roster.scim.spi.GroupRef> groups) {
        return groups.stream()
                .map(g -> new GroupMembershipView(g.id(), g.display(), g.direct()))
                .toList();
    }

    static UserPage users(Page<ResourceView> page, int startIndex) {
        return AdminPages.of(page, startIndex, u -> user(u.resource()), UserPage::new);
    }

    static GroupPage groups(DirectoryBrowser.GroupsWithCounts groups, int startIndex) {
        return AdminPages.of(
                groups.page(),
                startIndex,
                g -> group(
                        g.resource(),
                        groups.memberCounts().getOrDefault(g.resource().id(), 0L)),
                GroupPage::new);
    }

    static MemberPage members(Page<MemberRef> page, int startIndex) {
        return AdminPages.of(
                page,
                startIndex,
                m -> new MemberView(
                        m.value(), m.type().orElse(null), m.display().orElse(null)),
                MemberPage::new);
    }

    private static String string(JsonObject document, String key) {
        return document.get(key) instanceof JsonString s ? s.getString() : null;
    }

    /** The primary email, else the first one. */
    private static String email(JsonObject document) {
        if (!(document.get("emails") instanceof JsonArray emails)) {
            return null;
        }
        String first = null;
        for (var element : emails) {
            if (element instanceof JsonObject email && email.get("value") instanceof JsonString value) {
                if (email.getBoolean("primary", false)) {
                    return value.getString();
                }
                if (first == null) {
                    first = value.getString();
                }
            }
        }
        return first;
    }
}
