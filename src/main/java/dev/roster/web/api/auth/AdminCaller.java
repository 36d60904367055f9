package dev.roster.web.api.auth;

import dev.roster.web.auth.AdminPrincipal;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Carries the authenticated admin from the authentication filter to the admin resources and response filters. */
public final class AdminCaller {

    static final String PROPERTY = AdminCaller.class.getName();
    static final String SIGNED_OUT = AdminCaller.class.getName() + ".signedOut";

    private AdminCaller() {}

    static void set(ContainerRequestContext request, AdminPrincipal principal) {
        request.setProperty(PROPERTY, principal);
    }

    /** The admin of the current request; the filter guarantees one for every endpoint except sign-in. */
    public static AdminPrincipal of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof AdminPrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("Admin request without an authenticated admin");
    }

    /** Marks the session as ended so the response does not renew its cookie. */
    public static void markSignedOut(ContainerRequestContext request) {
        request.setProperty(SIGNED_OUT, Boolean.TRUE);
    }

    static boolean isSignedOut(ContainerRequestContext request) {
        return Boolean.TRUE.equals(request.getProperty(SIGNED_OUT));
    }
}
