package dev.roster.web.auth.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Admin accounts by username (a primary-key read, cheap enough for every admin request). */
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

    /**
     * Replaces the stored password hash with a stronger one of the same password, only if it is still
     * {@code expected} (a password changed meanwhile, or another node's upgrade, wins), and returns the account
     * as it is afterwards. Not a modification of the account: {@code modified_at} stays.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AdminAccountEntity> upgradePasswordHash(String username, String expected, String stronger) {
        em.createQuery("UPDATE AdminAccountEntity a SET a.passwordHash = :stronger "
                        + "WHERE a.id = :username AND a.passwordHash = :expected")
                .setParameter("stronger", stronger)
                .setParameter("username", username)
                .setParameter("expected", expected)
                .executeUpdate();
        return find(username);
    }
}
