package dev.roster.web.auth.session;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Generates (or loads) the session signing key at start, so the first sign-in does not race other nodes for it. */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionKeyBootstrap {

    @Inject
    SessionSigningKey key;

    @PostConstruct
    void ensureKey() {
        key.codec();
    }
}
