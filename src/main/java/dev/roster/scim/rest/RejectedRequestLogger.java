package dev.roster.scim.rest;

import dev.roster.audit.FailedAuthenticationLog;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.audit.ProvisioningLogWriter;
import dev.roster.integration.AuthenticatedIntegration;
import dev.roster.scim.ratelimit.ScimRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts every rejected SCIM request (4xx/5xx) in the provisioning log with its status and error detail, so an
 * admin sees at once why an IdP's connection test or a sync failed. 304 Not Modified is not a rejection.
 * Refusals by the rate limit are logged once per integration, node and minute, and requests without a valid
 * token aggregated per source, reason and minute ({@link FailedAuthenticationLog}): an overload or a flood must
 * not turn into one database write per refused request.
 */
@Provider
@ApplicationScoped
public class RejectedRequestLogger implements ContainerResponseFilter {

    @Inject
    ProvisioningLogWriter log;

    @Inject
    FailedAuthenticationLog failedAuthentications;

    @Inject
    ScimCaller caller;

    @Inject
    ScimRateLimiter rateLimiter;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400) {
            return;
        }
        String integrationId = caller.integration()
                .map(AuthenticatedIntegration::integrationId)
                .orElse(null);
        // Only the rate limit answers 429 (a request's own or, for Bulk, its operations').
        if (response.getStatus() == 429 && !rateLimiter.shouldLogRefusal(integrationId)) {
            return;
        }
        String reason = response.getEntity() instanceof JsonObject body ? body.getString("detail", "") : "";
        String detail = request.getMethod() + " "
                + request.getUriInfo().getRequestUri().getRawPath() + (reason.isEmpty() ? "" : ": " + reason);
        ProvisioningEvent event = ProvisioningEvent.rejected(integrationId, response.getStatus(), detail);
        if (response.getStatus() == 401) {
            // Anyone can send these; the reason is one of ScimAuthenticationFilter's few fixed details.
            failedAuthentications.record(event, reason);
        } else {
            log.recordRejected(event);
        }
    }
}
