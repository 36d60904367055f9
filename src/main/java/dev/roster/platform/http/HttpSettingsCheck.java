package dev.roster.platform.http;

import dev.roster.config.RosterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start: a wrong {@code roster.http.trusted-proxies} stops the deployment (with the key and the entry in
 * the message) instead of failing on the first request, and a plain-HTTP public URL on another host is said
 * once, as a warning.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HttpSettingsCheck {

    private static final Logger LOG = Logger.getLogger(HttpSettingsCheck.class.getName());

    @Inject
    RosterConfig config;

    @Inject
    ClientAddresses clientAddresses;

    @PostConstruct
    void check() {
        TrustedProxies trusted = clientAddresses.trustedProxies();
        if (!trusted.isEmpty()) {
            LOG.info("Forwarding headers are believed from " + trusted);
        }
        TransportSecurity.insecureCookieWarning(config.publicUrl(), RosterConfig.PUBLIC_URL)
                .ifPresent(LOG::warning);
    }
}
