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
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!criteria.allIntegrations()) {
            if (criteria.integrationId() == null) {
                conditions.add("e.integrationId IS NULL");
            } else {
                conditions.add("e.integrationId = :integration");
                parameters.put("integration", criteria.integrationId());
            }
        }
        if (criteria.since() != null) {
            conditions.add("e.occurredAt >= :since");
            parameters.put("since", criteria.since());
        }
        if (criteria.until() != null) {
            conditions.add("e.occurredAt < :until");
            parameters.put("until", criteria.until());
        }
        if (!criteria.operations().isEmpty()) {
            conditions.add("e.operation IN :operations");
            parameters.put("operations", criteria.operations());
        }
        if (criteria.resourceType() != null) {
            conditions.add("e.resourceType = :resourceType");
            parameters.put("resourceType", criteria.resourceType());
        }
        if (criteria.resourceId() != null) {
            conditions.add("e.resourceId = :resourceId");
            parameters.put("resourceId", criteria.resourceId());
        }
        if (criteria.outcome() != null) {
            conditions.add("e.outcome = :outcome");
            parameters.put("outcome", criteria.outcome());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM ProvisioningEventEntity e" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (criteria.count() == 0 || total < criteria.startIndex()) {
            return new Page<>(total, List.of());
        }
        TypedQuery<ProvisioningEventEntity> page = em.createQuery(
                "SELECT e FROM ProvisioningEventEntity e" + where + " ORDER BY e.occurredAt DESC, e.id DESC",
                ProvisioningEventEntity.class);
        parameters.forEach(page::setParameter);
        return new Page<>(
                total,
                page.setFirstResult(criteria.startIndex() - 1)
                        .setMaxResults(criteria.count())
                        .getResultList());
    }
}
