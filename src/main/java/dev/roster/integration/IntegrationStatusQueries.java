package dev.roster.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The status fields of integrations, computed in the database: COUNT queries over the directory tables,
 * a MAX over credentials and the newest rejected event (indexed by integration, outcome and time). Nothing
 * is loaded to be counted.
 */
@ApplicationScoped
@Transactional
public class IntegrationStatusQueries {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    IntegrationCredentials credentials;

    public IntegrationStatus statusOf(String integrationId) {
        long active = 0;
        long inactive = 0;
        for (Object row : em.createNativeQuery(
                        "SELECT active, COUNT(*) FROM scim_user WHERE integration_id = ?1 " + "GROUP BY active")
                .setParameter(1, integrationId)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[1]).longValue();
            if (Boolean.TRUE.equals(columns[0])) {
                active = count;
            } else {
                inactive = count;
            }
        }
        long groups = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM scim_group WHERE integration_id = ?1")
                        .setParameter(1, integrationId)
                        .getSingleResult())
                .longValue();
        List<?> lastError = em.createNativeQuery("SELECT occurred_at, detail FROM provisioning_event "
                        + "WHERE integration_id = ?1 AND outcome = 'rejected' "
                        + "ORDER BY occurred_at DESC FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, integrationId)
                .getResultList();
        Long lastErrorAt = null;
        String lastErrorDetail = null;
        if (!lastError.isEmpty()) {
            Object[] columns = (Object[]) lastError.get(0);
            lastErrorAt = ((Number) columns[0]).longValue();
            lastErrorDetail = (String) columns[1];
        }
        return new IntegrationStatus(
                credentials.lastBearerUse(integrationId), lastErrorAt, lastErrorDetail, active, inactive, groups);
    }
}
