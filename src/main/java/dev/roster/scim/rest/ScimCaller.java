package dev.roster.scim.rest;

import dev.roster.integration.AuthenticatedIntegration;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Carries the authenticated integration from the authentication filter to the SCIM resources. */
public final class ScimCaller {

    static final String PROPERTY = ScimCaller.class.getName();

    private ScimCaller() {
    }

    static void set(ContainerRequestContext request, AuthenticatedIntegration integration) {
        request.setProperty(PROPERTY, integration);
    }

    /** The integration of the current request; the filter guarantees it for every SCIM endpoint. */
    public static AuthenticatedIntegration of(ContainerRequestContext request) {
        Object value = request.getProperty(PROPERTY);
        if (value instanceof AuthenticatedIntegration integration) {
            return integration;
        }
        throw new IllegalStateException("SCIM request without an authenticated integration");
    }
}
