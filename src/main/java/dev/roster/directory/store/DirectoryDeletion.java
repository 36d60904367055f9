package dev.roster.directory.store;

import dev.roster.scim.spi.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Deletes one integration's whole directory with a few set-based statements, children first: attribute
 * index rows (they have no foreign key), memberships, groups, users. The foreign keys' ON DELETE CASCADE
 * would cover most of it, but explicit statements keep the order and the work visible and do not depend on
 * the ORM knowing about the cascade.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectoryDeletion {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Listings listings;

    /** What was deleted, for the provisioning log. */
    public record Deleted(int users, int groups) {}

    public Deleted deleteDirectory(String integrationId) {
        execute(
                "DELETE FROM scim_attribute_value WHERE resource_id IN "
                        + "(SELECT id FROM scim_user WHERE integration_id = ?1)",
                integrationId);
        execute(
                "DELETE FROM scim_attribute_value WHERE resource_id IN "
                        + "(SELECT id FROM scim_group WHERE integration_id = ?1)",
                integrationId);
        execute(
                "DELETE FROM group_member WHERE group_id IN " + "(SELECT id FROM scim_group WHERE integration_id = ?1)",
                integrationId);
        int groups = execute("DELETE FROM scim_group WHERE integration_id = ?1", integrationId);
        int users = execute("DELETE FROM scim_user WHERE integration_id = ?1", integrationId);
        listings.deleted(ResourceType.GROUP, integrationId);
        listings.deleted(ResourceType.USER, integrationId);
        return new Deleted(users, groups);
    }

    private int execute(String sql, String integrationId) {
        return em.createNativeQuery(sql).setParameter(1, integrationId).executeUpdate();
    }
}
