package dev.roster.resolution.core;

import dev.roster.config.RosterConfig;
import dev.roster.resolution.carrier.CarrierFinding;
import dev.roster.resolution.carrier.CarrierKind;
import dev.roster.resolution.carrier.EmailFinding;
import dev.roster.resolution.carrier.TableauUserFinding;
import dev.roster.resolution.carrier.UnattributedFinding;
import dev.roster.resolution.carrier.UnattributedReason;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Session carriers kept in the database ({@code resolution_session}, keyed by account and session id), so any
 * node resolves any session: a new Initial SQL is written through at once (upsert), and a node reads the row
 * when its own copy is missing or older than {@code roster.resolution.cache-millis}. So within that time every
 * node sees a session's newest Initial SQL, whichever node saw it, and a node restart loses nothing. The
 * per-node copy is bounded ({@code roster.resolution.session-cache-size}); rows expire
 * {@code roster.resolution.session-ttl-hours} after the session was last seen (a read extends a row once it has
 * used half its lifetime) and are swept by {@link dev.roster.resolution.attribution.ResolutionHousekeeping}.
 */
@ApplicationScoped
public class SessionCarrierStore implements SessionCarriers {

    record Key(String accountId, String sessionId) {}

    /** Longer session ids are cut to this (they are opaque keys); the column holds 200. */
    static final int MAX_SESSION_ID = 200;

    @Inject
    RosterConfig config;

    @Inject
    Rows rows;

    private TtlCache<Key, Optional<CarrierFinding>> cache;

    @PostConstruct
    void init() {
        cache = new TtlCache<>(config.resolutionCacheMillis(), config.resolutionSessionCacheSize());
    }

    @Override
    public Optional<CarrierFinding> get(String accountId, String sessionId) {
        Key key = new Key(accountId, cut(sessionId));
        return cache.get(key, k -> rows.read(k, ttlMillis()));
    }

    @Override
    public void put(String accountId, String sessionId, CarrierFinding carrier) {
        Key key = new Key(accountId, cut(sessionId));
        rows.upsert(key, carrier, System.currentTimeMillis() + ttlMillis());
        cache.put(key, Optional.of(carrier));
    }

    private long ttlMillis() {
        return Duration.ofHours(config.resolutionSessionTtlHours()).toMillis();
    }

    private static String cut(String sessionId) {
        return sessionId.length() <= MAX_SESSION_ID ? sessionId : sessionId.substring(0, MAX_SESSION_ID);
    }

    /** The table's reads and writes; writes in short transactions of their own. */
    @ApplicationScoped
    public static class Rows {

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        @Inject
        Writer writer;

        public Optional<CarrierFinding> read(Key key, long ttlMillis) {
            long now = System.currentTimeMillis();
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT carrier_kind, claim_value, domain, reason, detail, "
                            + "expires_at FROM resolution_session WHERE account_id = ?1 AND session_id = ?2")
                    .setParameter(1, key.accountId())
                    .setParameter(2, key.sessionId())
                    .getResultList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = found.get(0);
            long expiresAt = ((Number) row[5]).longValue();
            if (expiresAt <= now) {
                return Optional.empty();
            }
            if (expiresAt - now < ttlMillis / 2) {
                writer.extend(key, now + ttlMillis);
            }
            return decode((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]);
        }

        public void upsert(Key key, CarrierFinding carrier, long expiresAt) {
            String kind = carrier.kind().name();
            String value = null;
            String domain = null;
            String reason = null;
            String detail = null;
            if (carrier instanceof TableauUserFinding user) {
                value = user.userName();
                domain = user.domain().orElse(null);
            } else if (carrier instanceof EmailFinding email && email.kind() == CarrierKind.TABLEAU_EMAIL) {
                value = email.email();
            } else if (carrier instanceof UnattributedFinding unattributed) {
                reason = unattributed.reason().code();
                detail = cap(unattributed.detail(), 500);
            } else {
                throw new IllegalArgumentException("not a session carrier: " + carrier.kind());
            }
            Object[] values = {kind, value, domain, reason, detail};
            try {
                writer.write(key, values, expiresAt);
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                // Another node inserted the same session at the same moment: its row exists now, so update it.
                writer.write(key, values, expiresAt);
            }
        }

        static Optional<CarrierFinding> decode(String kind, String value, String domain, String reason, String detail) {
            CarrierKind carrierKind = CarrierKind.valueOf(kind);
            if (reason != null) {
                for (UnattributedReason r : UnattributedReason.values()) {
                    if (r.code().equals(reason)) {
                        return Optional.of(new UnattributedFinding(carrierKind, 0, r, detail == null ? "" : detail));
                    }
                }
                return Optional.empty();
            }
            if (carrierKind == CarrierKind.TABLEAU_EMAIL) {
                return Optional.of(EmailFinding.tableau(0, value));
            }
            return Optional.of(new TableauUserFinding(0, value, Optional.ofNullable(domain)));
        }

        private static String cap(String text, int max) {
            return text == null || text.length() <= max ? text : text.substring(0, max);
        }
    }

    /** Update-else-insert in one short transaction: portable between H2 and PostgreSQL. */
    @ApplicationScoped
    public static class Writer {

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void write(Key key, Object[] values, long expiresAt) {
            Object[] parameters = {
                key.accountId(),
                key.sessionId(),
                values[0],
                values[1],
                values[2],
                values[3],
                values[4],
                System.currentTimeMillis(),
                expiresAt
            };
            int updated = withParameters(
                            em.createNativeQuery("UPDATE resolution_session SET carrier_kind = ?3, "
                                    + "claim_value = ?4, domain = ?5, reason = ?6, detail = ?7, updated_at = ?8, "
                                    + "expires_at = ?9 WHERE account_id = ?1 AND session_id = ?2"),
                            parameters)
                    .executeUpdate();
            if (updated == 0) {
                withParameters(
                                em.createNativeQuery("INSERT INTO resolution_session (account_id, session_id, "
                                        + "carrier_kind, claim_value, domain, reason, detail, updated_at, expires_at) "
                                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                                parameters)
                        .executeUpdate();
            }
        }

        /** Binds {@code parameters} to {@code ?1}, {@code ?2}, … in order. */
        private static Query withParameters(Query query, Object... parameters) {
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void extend(Key key, long expiresAt) {
            em.createNativeQuery("UPDATE resolution_session SET expires_at = ?1 WHERE account_id = ?2 "
                            + "AND session_id = ?3 AND expires_at < ?1")
                    .setParameter(1, expiresAt)
                    .setParameter(2, key.accountId())
                    .setParameter(3, key.sessionId())
                    .executeUpdate();
        }
    }
}
