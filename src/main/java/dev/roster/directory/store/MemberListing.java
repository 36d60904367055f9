package dev.roster.directory.store;

import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Members of a group one page at a time, and member counts for a page of groups, for browsing large
 * groups: unlike {@link Memberships#membersOf} it never loads a whole member list.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MemberListing {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    /** Members ordered by id (stable while the group changes elsewhere); {@code startIndex} is 1-based. */
    public Page<MemberRef> page(String groupId, int startIndex, int count) {
        long total = NativeSql.count(
                em,
                new SqlBuilder()
                        .sql("SELECT COUNT(*) FROM group_member WHERE group_id = ")
                        .param(groupId));
        if (count == 0 || total < startIndex) {
            return new Page<>(total, List.of());
        }
        SqlBuilder sql = new SqlBuilder()
                .sql("SELECT gm.member_id, gm.member_type, "
                        + "COALESCE(u.display_name, u.user_name, g.display_name) FROM group_member gm "
                        + "LEFT JOIN scim_user u ON u.id = gm.member_id LEFT JOIN scim_group g ON g.id = gm.member_id "
                        + "WHERE gm.group_id = ")
                .param(groupId)
                .sql(" ORDER BY gm.member_id OFFSET ")
                .param(startIndex - 1)
                .sql(" ROWS FETCH NEXT ")
                .param(count)
                .sql(" ROWS ONLY");
        List<MemberRef> members = new ArrayList<>();
        for (Object[] row : NativeSql.rows(em, sql)) {
            members.add(MemberRef.of((String) row[0], (String) row[1], (String) row[2]));
        }
        return new Page<>(total, members);
    }

    /** Direct member count of each group (0 for groups without members). */
    public Map<String, Long> counts(Collection<String> groupIds) {
        Map<String, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        groupIds.forEach(id -> counts.put(id, 0L));
        SqlBuilder sql = new SqlBuilder().sql("SELECT group_id, COUNT(*) FROM group_member WHERE group_id IN (");
        NativeSql.inList(sql, groupIds).sql(") GROUP BY group_id");
        for (Object[] row : NativeSql.rows(em, sql)) {
            counts.put((String) row[0], NativeSql.toLong(row[1]));
        }
        return counts;
    }
}
