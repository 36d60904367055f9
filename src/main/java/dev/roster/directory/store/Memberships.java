package dev.roster.directory.store;

import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.spi.GroupRef;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.MemberStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Group membership as set operations on {@code group_member}: adding or removing members touches only
 * those rows, never the group's other members, so the cost does not grow with the group.
 * Reads answer for whole pages at once (one query for the members of all groups on a page, one recursive
 * query for the direct and nested groups of all users on a page).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Memberships implements MemberStore {

    public static final String USER = "User";
    public static final String GROUP = "Group";

    /** Ids per IN list: far below every database's parameter limit. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Dialects dialects;

    /**
     * Adds members; each must be a user or group of the same integration (its type is looked up, so clients
     * need not send one). An id of another integration is refused exactly like an id that exists nowhere, so
     * no membership row ever links two integrations: every row reached through one of the caller's groups is
     * the caller's. Each user that becomes a member gets a new version. Returns the ids that were not members
     * yet, in request order.
     */
    public List<String> add(String integrationId, String groupId, Collection<MemberRef> members) {
        Map<String, MemberRef> byId = new LinkedHashMap<>();
        members.forEach(m -> byId.putIfAbsent(m.value(), m));
        return inChunks(new ArrayList<>(byId.values()), chunk -> addChunk(integrationId, groupId, chunk));
    }

    private List<String> addChunk(String integrationId, String groupId, List<MemberRef> members) {
        Map<String, String> types = typesOf(integrationId, members);
        for (MemberRef member : members) {
            String type = types.get(member.value());
            if (member.value().equals(groupId)) {
                throw ScimException.invalidValue("A group cannot be a member of itself");
            }
            if (member.type().isPresent() && !member.type().get().equalsIgnoreCase(type)) {
                throw ScimException.invalidValue("Member " + member.value() + " is a " + type + ", not a "
                        + member.type().get());
            }
        }
        Map<String, String> existing =
                membersAmong(groupId, members.stream().map(MemberRef::value).toList());
        String sql = dialects.current().insertMembership();
        List<String> added = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (MemberRef member : members) {
            if (existing.containsKey(member.value())) {
                continue;
            }
            String type = types.get(member.value());
            em.createNativeQuery(sql)
                    .setParameter(1, groupId)
                    .setParameter(2, member.value())
                    .setParameter(3, type)
                    .executeUpdate();
            added.add(member.value());
            if (USER.equals(type)) {
                users.add(member.value());
            }
        }
        touchUsers(users);
        return added;
    }

    /**
     * Removes those of the given ids that are members; ids that are not (already gone, unknown, another
     * integration's) change nothing at all. Each user removed gets a new version. Returns the ids removed, in
     * request order.
     */
    public List<String> remove(String groupId, Collection<String> memberIds) {
        return inChunks(new ArrayList<>(new LinkedHashSet<>(memberIds)), chunk -> removeChunk(groupId, chunk));
    }

    private List<String> removeChunk(String groupId, List<String> ids) {
        // What changes is decided by the rows that exist, never by the ids the client named: those may be anyone's.
        Map<String, String> found = membersAmong(groupId, ids);
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> removed = ids.stream().filter(found::containsKey).toList();
        SqlBuilder sql = new SqlBuilder()
                .sql("DELETE FROM group_member WHERE group_id = ")
                .param(groupId)
                .sql(" AND member_id IN (");
        NativeSql.inList(sql, removed).sql(")");
        NativeSql.update(em, sql);
        touchUsers(removed.stream().filter(id -> USER.equals(found.get(id))).toList());
        return removed;
    }

    /** Which of {@code ids} (at most a chunk) are members of the group, with their type; read by primary key. */
    private Map<String, String> membersAmong(String groupId, Collection<String> ids) {
        Map<String, String> types = new HashMap<>();
        SqlBuilder sql = new SqlBuilder()
                .sql("SELECT member_id, member_type FROM group_member WHERE group_id = ")
                .param(groupId)
                .sql(" AND member_id IN (");
        for (Object[] row : rowsIn(sql, ids)) {
            types.put((String) row[0], (String) row[1]);
        }
        return types;
    }

    /**
     * Makes the member list equal to {@code members}, touching only the rows that differ. This reads the
     * group's member ids: a full replacement carries the whole list anyway, so its cost is that list's size.
     */
    public MemberStore.Diff replace(String integrationId, String groupId, Collection<MemberRef> members) {
        Set<String> current = new LinkedHashSet<>();
        for (Object id : em.createNativeQuery("SELECT member_id FROM group_member WHERE group_id = ?1")
                .setParameter(1, groupId)
                .getResultList()) {
            current.add((String) id);
        }
        Map<String, MemberRef> wanted = new LinkedHashMap<>();
        members.forEach(m -> wanted.putIfAbsent(m.value(), m));
        List<String> removed = remove(
                groupId, current.stream().filter(id -> !wanted.containsKey(id)).toList());
        List<String> added = add(
                integrationId,
                groupId,
                wanted.values().stream()
                        .filter(m -> !current.contains(m.value()))
                        .toList());
        return new MemberStore.Diff(added, removed);
    }

    /** Removes every member of the group; each user among them gets a new version. */
    public int removeAll(String groupId) {
        em.createNativeQuery("UPDATE scim_user SET version = version + 1, modified_at = ?1 WHERE id IN "
                        + "(SELECT member_id FROM group_member WHERE group_id = ?2)")
                .setParameter(1, System.currentTimeMillis())
                .setParameter(2, groupId)
                .executeUpdate();
        return NativeSql.update(
                em,
                new SqlBuilder()
                        .sql("DELETE FROM group_member WHERE group_id = ")
                        .param(groupId));
    }

    /**
     * A user's {@code groups} is part of its representation, so a change of its direct memberships is a new
     * version of the user (ETag and lastModified). Callers pass only members whose row they added or removed.
     */
    private void touchUsers(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        SqlBuilder sql = new SqlBuilder()
                .sql("UPDATE scim_user SET version = version + 1, modified_at = ")
                .param(System.currentTimeMillis())
                .sql(" WHERE id IN (");
        NativeSql.inList(sql, new LinkedHashSet<>(ids)).sql(")");
        NativeSql.update(em, sql);
    }

    /**
     * Removes a deleted user or group from every group it was in, and gives each of those groups a new version
     * (its members changed): two statements over the member index, however many groups. Those groups are the
     * member's own integration's ({@link #add} links nothing else), so no other integration's group changes.
     * {@code version + 1} in the database, not a value read earlier, so a concurrent change of the same group
     * on another node cannot end up with the same version.
     */
    public void removeEverywhere(String memberId) {
        em.createNativeQuery("UPDATE scim_group SET version = version + 1, modified_at = ?1 WHERE id IN "
                        + "(SELECT group_id FROM group_member WHERE member_id = ?2)")
                .setParameter(1, System.currentTimeMillis())
                .setParameter(2, memberId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM group_member WHERE member_id = ?1")
                .setParameter(1, memberId)
                .executeUpdate();
    }

    /** Members of each group, with the name to show for each member. */
    public Map<String, List<MemberRef>> membersOf(Collection<String> groupIds) {
        Map<String, List<MemberRef>> result = new LinkedHashMap<>();
        if (groupIds.isEmpty()) {
            return result;
        }
        groupIds.forEach(id -> result.put(id, new ArrayList<>()));
        SqlBuilder sql = new SqlBuilder()
                .sql("SELECT gm.group_id, gm.member_id, gm.member_type, "
                        + "COALESCE(u.display_name, u.user_name, g.display_name) FROM group_member gm "
                        + "LEFT JOIN scim_user u ON u.id = gm.member_id LEFT JOIN scim_group g ON g.id = gm.member_id "
                        + "WHERE gm.group_id IN (");
        NativeSql.inList(sql, groupIds).sql(") ORDER BY gm.group_id, gm.member_id");
        for (Object[] row : NativeSql.rows(em, sql)) {
            result.get((String) row[0]).add(MemberRef.of((String) row[1], (String) row[2], (String) row[3]));
        }
        return result;
    }

    /**
     * Direct and nested groups of each member, walked level by level over the member index: one query per
     * nesting level for the whole page, and none beyond the first when nobody on the page is in a group
     * (the common case for lookups). A visited set per member makes cycles of groups end.
     */
    public Map<String, List<GroupRef>> groupsOf(Collection<String> memberIds) {
        Map<String, List<GroupRef>> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        memberIds.forEach(id -> result.put(id, new ArrayList<>()));
        Map<String, Set<String>> parents = parentsOf(memberIds);
        if (parents.isEmpty()) {
            return result;
        }
        Map<String, Set<String>> reached = new HashMap<>();
        Set<String> allGroups = new LinkedHashSet<>();
        for (String member : memberIds) {
            Set<String> direct = parents.getOrDefault(member, Set.of());
            reached.put(member, new LinkedHashSet<>(direct));
            allGroups.addAll(direct);
        }
        Set<String> frontier = new LinkedHashSet<>(allGroups);
        Map<String, Set<String>> groupParents = new HashMap<>();
        while (!frontier.isEmpty()) {
            Map<String, Set<String>> next = parentsOf(frontier);
            groupParents.putAll(next);
            frontier = new LinkedHashSet<>();
            for (Set<String> ids : next.values()) {
                for (String id : ids) {
                    if (allGroups.add(id)) {
                        frontier.add(id);
                    }
                }
            }
        }
        Map<String, String> names = displayNames(allGroups);
        for (String member : memberIds) {
            Set<String> direct = parents.getOrDefault(member, Set.of());
            Set<String> all = reached.get(member);
            java.util.Deque<String> queue = new java.util.ArrayDeque<>(direct);
            while (!queue.isEmpty()) {
                for (String parent : groupParents.getOrDefault(queue.poll(), Set.of())) {
                    if (all.add(parent)) {
                        queue.add(parent);
                    }
                }
            }
            List<GroupRef> refs = result.get(member);
            for (String group : all) {
                if (names.containsKey(group)) {
                    refs.add(new GroupRef(group, names.get(group), direct.contains(group)));
                }
            }
            refs.sort(java.util.Comparator.comparing(GroupRef::display, String.CASE_INSENSITIVE_ORDER));
        }
        return result;
    }

    /** The groups each of the given ids is a direct member of (ids without groups are absent). */
    private Map<String, Set<String>> parentsOf(Collection<String> memberIds) {
        Map<String, Set<String>> parents = new HashMap<>();
        for (Object[] row :
                rowsInChunks("SELECT member_id, group_id FROM group_member WHERE member_id IN (", memberIds)) {
            parents.computeIfAbsent((String) row[0], k -> new LinkedHashSet<>()).add((String) row[1]);
        }
        return parents;
    }

    private Map<String, String> displayNames(Collection<String> groupIds) {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : rowsInChunks("SELECT id, display_name FROM scim_group WHERE id IN (", groupIds)) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    /** What {@code work} answers for each run of at most {@value #CHUNK} of {@code items}, in their order. */
    private static <T, R> List<R> inChunks(List<T> items, Function<List<T>, List<R>> work) {
        List<R> results = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            results.addAll(work.apply(items.subList(from, Math.min(items.size(), from + CHUNK))));
        }
        return results;
    }

    /** The rows of {@code select}, which ends in {@code IN (}, for all of {@code ids}: a statement per chunk. */
    private List<Object[]> rowsInChunks(String select, Collection<String> ids) {
        return inChunks(new ArrayList<>(ids), chunk -> rowsIn(new SqlBuilder().sql(select), chunk));
    }

    /** The rows of a query that ends in {@code IN (}, closed here with {@code ids}. */
    private List<Object[]> rowsIn(SqlBuilder query, Collection<String> ids) {
        NativeSql.inList(query, ids).sql(")");
        return NativeSql.rows(em, query);
    }

    /** The type (User or Group) of each referenced member; unknown or foreign ids are 400 invalidValue. */
    private Map<String, String> typesOf(String integrationId, Collection<MemberRef> members) {
        Set<String> ids = new LinkedHashSet<>();
        members.forEach(m -> ids.add(m.value()));
        Map<String, String> types = new HashMap<>();
        for (String table : List.of("scim_user", "scim_group")) {
            if (types.size() == ids.size()) {
                break; // all users, as in nearly every add an IdP sends: no need to look for groups
            }
            // By primary key alone, the integration checked here: with "integration_id = ? AND id IN (…)" H2's
            // planner sometimes walked an (integration_id, …) index through the whole directory instead.
            SqlBuilder sql = new SqlBuilder()
                    .sql("SELECT id, integration_id FROM ")
                    .sql(table)
                    .sql(" WHERE id IN (");
            for (Object[] row : rowsIn(sql, ids)) {
                if (integrationId.equals(row[1])) {
                    types.put((String) row[0], table.equals("scim_user") ? USER : GROUP);
                }
            }
        }
        for (String id : ids) {
            if (!types.containsKey(id)) {
                throw ScimException.invalidValue("No user or group with id " + id + " exists in this directory");
            }
        }
        return types;
    }
}
