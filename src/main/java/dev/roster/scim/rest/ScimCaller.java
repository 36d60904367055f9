package dev.roster.scim.rest;

import dev.roster.integration.AuthenticatedIntegration;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The integration behind the current SCIM request, set by {@link ScimAuthenticationFilter} and read by the
 * resources. A CDI request-scoped bean, so the resources themselves can be application-scoped singletons
 * instead of objects built and injected anew for every request.
 */
@RequestScoped
public class ScimCaller {

    private AuthenticatedIntegration integration;

    void authenticate(AuthenticatedIntegration caller) {
        this.integration = caller;
    }

    /** The caller's integration id; the filter guarantees one for every SCIM endpoint. */
    public String integrationId() {
        if (integration == null) {
            throw new IllegalStateException("SCIM request without an authenticated integration");
        }
        return integration.integrationId();
    }

    /** Empty when authentication failed (the request is being rejected). */
    public Optional<AuthenticatedIntegration> integration() {
        return Optional.ofNullable(integration);
    }
}
