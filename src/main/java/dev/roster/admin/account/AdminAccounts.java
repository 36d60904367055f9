package dev.roster.admin.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Looks admin accounts up by username (a primary-key read, cheap enough for every admin request). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdminAccounts {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    public Optional<AdminAccountEntity> find(String username) {
        if (username == null || username.isEmpty() || username.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(AdminAccountEntity.class, username));
    }
}
