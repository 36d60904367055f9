package dev.roster.platform.http;

import dev.roster.config.RosterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;

/**
 * The one place that says which address a request comes from: the provisioning log, sign-in throttling and
 * everything else ask here (through {@code dev.roster.audit.RequestOrigins}), so they all see the same client.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    RosterConfig config;

    private TrustedProxies trustedProxies;

    @PostConstruct
    void load() {
        trustedProxies = configured(config.trustedProxies().orElse(null));
    }

    /** @throws IllegalArgumentException naming the key, so a wrong list stops the deployment with a clear message */
    static TrustedProxies configured(String value) {
        try {
            return TrustedProxies.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Invalid " + RosterConfig.HTTP_TRUSTED_PROXIES + ": " + e.getMessage(), e);
        }
    }

    public String of(HttpServletRequest request) {
        return trustedProxies.clientAddress(
                request.getRemoteAddr(),
                () -> ForwardedFor.hops(fields(request, "X-Forwarded-For"), fields(request, "Forwarded")));
    }

    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    private static List<String> fields(HttpServletRequest request, String name) {
        var values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }
}
