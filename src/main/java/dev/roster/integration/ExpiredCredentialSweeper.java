package dev.roster.integration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Deletes credentials past their expiry: SCIM tokens whose rotation grace ended and OAuth access tokens
 * past their lifetime. They already fail authentication; this only keeps the table small (an IdP using
 * OAuth adds a row per token it fetches).
 */
@Singleton
public class ExpiredCredentialSweeper {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void sweep() {
        em.createQuery("DELETE FROM CredentialEntity c WHERE c.expiresAt IS NOT NULL AND c.expiresAt < :now")
                .setParameter("now", System.currentTimeMillis())
                .executeUpdate();
    }
}
