package dev.roster.resolution.core;

import dev.roster.changes.CommittedChange;
import dev.roster.changes.DirectoryChange;
import dev.roster.config.RosterConfig;
import dev.roster.directory.store.Memberships;
import dev.roster.scim.spi.GroupRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The directory as resolution reads it: one indexed query on {@code scim_user (integration_id, user_name_ci)} or
 * {@code (integration_id, email_ci)}, then {@link Memberships#groupsOf} (direct and nested, cycle-safe) for an
 * active user when groups are wanted. Answers, including "unknown" and "ambiguous", are reused for
 * {@code roster.resolution.cache-millis} (default 500 ms) per node, so a busy user costs one read per interval
 * instead of one per query. A directory change empties the cache: on the node that made it as soon as it commits,
 * on the others as soon as their change feed reads it (within {@code roster.events.poll-interval-millis}), so a
 * deactivated user stops resolving when the deactivation's events go out, not a cache time later.
 */
@ApplicationScoped
public class DirectoryLookups implements Directory {

    record Key(String integrationId, boolean byEmail, String value, boolean withGroups) {}

    @Inject
    RosterConfig config;

    @Inject
    Loader loader;

    private TtlCache<Key, IdentityLookup> cache;

    @PostConstruct
    void init() {
        cache = new TtlCache<>(config.resolutionCacheMillis(), 250_000);
    }

    void committedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChange change) {
        cache.invalidateAll();
    }

    void committedAnywhere(@Observes CommittedChange change) {
        cache.invalidateAll();
    }

    @Override
    public IdentityLookup byUserName(String integrationId, String userName, boolean withGroups) {
        return cache.get(new Key(integrationId, false, userName, withGroups), loader::load);
    }

    @Override
    public IdentityLookup byEmail(String integrationId, String email, boolean withGroups) {
        return cache.get(new Key(integrationId, true, email, withGroups), loader::load);
    }

    /** The database reads, in one transaction (the membership walk needs one). */
    @ApplicationScoped
    public static class Loader {

        private static final String COLUMNS = "SELECT id, user_name, email_ci, display_name, active FROM scim_user "
                + "WHERE integration_id = ?1 AND ";

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        @Inject
        Memberships memberships;

        @Transactional
        public IdentityLookup load(Key key) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            COLUMNS + (key.byEmail() ? "email_ci = ?2 FETCH FIRST 2 ROWS ONLY" : "user_name_ci = ?2"))
                    .setParameter(1, key.integrationId())
                    .setParameter(2, key.value())
                    .getResultList();
            if (rows.isEmpty()) {
                return IdentityLookup.UNKNOWN;
            }
            if (rows.size() > 1) {
                return IdentityLookup.AMBIGUOUS;
            }
            Object[] row = rows.get(0);
            DirectoryUser user = new DirectoryUser(
                    (String) row[0], (String) row[1], (String) row[2], (String) row[3], Boolean.TRUE.equals(row[4]));
            List<GroupRef> groups = user.active() && key.withGroups()
                    ? memberships.groupsOf(List.of(user.id())).getOrDefault(user.id(), List.of())
                    : List.of();
            return IdentityLookup.found(user, groups);
        }
    }
}
