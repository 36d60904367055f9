package dev.roster.audit;

import dev.roster.scim.spi.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the provisioning log newest first with every condition in the query (indexed by integration and
 * time), counting matches before paging like the SCIM list endpoints do.
 */
@ApplicationScoped
@Transactional
public class EventSearch {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    public Page<ProvisioningEventEntity> search(EventCriteria criteria) {
        Where where = new Where();
        if (!criteria.allIntegrations()) {
            if (criteria.integrationId() == null) {
                where.add("e.integrationId IS NULL");
            } else {
                where.add("e.integrationId = :integration", "integration", criteria.integrationId());
            }
        }
        where.add("e.occurredAt >= :since", "since", criteria.since());
        where.add("e.occurredAt < :until", "until", criteria.until());
        where.add(
                "e.operation IN :operations",
                "operations",
                criteria.operations().isEmpty() ? null : criteria.operations());
        where.add("e.resourceType = :resourceType", "resourceType", criteria.resourceType());
        where.add("e.resourceId = :resourceId", "resourceId", criteria.resourceId());
        where.add("e.outcome = :outcome", "outcome", criteria.outcome());
        long total = where.bind(em.createQuery("SELECT COUNT(e) FROM ProvisioningEventEntity e" + where, Long.class))
                .getSingleResult();
        if (criteria.count() == 0 || total < criteria.startIndex()) {
            return new Page<>(total, List.of());
        }
        TypedQuery<ProvisioningEventEntity> page = where.bind(em.createQuery(
                "SELECT e FROM ProvisioningEventEntity e" + where + " ORDER BY e.occurredAt DESC, e.id DESC",
                ProvisioningEventEntity.class));
        return new Page<>(
                total,
                page.setFirstResult(criteria.startIndex() - 1)
                        .setMaxResults(criteria.count())
                        .getResultList());
    }

    /** The conditions of one search, joined by AND, and the parameters they name, in order. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String condition) {
            conditions.add(condition);
        }

        /** Adds {@code condition} with {@code value} as its parameter {@code name}; a null value adds nothing. */
        void add(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                parameters.put(name, value);
            }
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** The WHERE clause with a leading space, or nothing when there is no condition. */
        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
