package dev.roster.web.auth;

import dev.roster.web.auth.session.SessionRevocations;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Forgets revocations of sessions that have expired anyway and failure counts too old to throttle. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthHousekeeping {

    @Inject
    SessionRevocations revocations;

    @Inject
    LoginThrottle throttle;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void hourly() {
        long now = System.currentTimeMillis();
        revocations.purgeExpired(now);
        throttle.purgeStale(now);
    }
}
