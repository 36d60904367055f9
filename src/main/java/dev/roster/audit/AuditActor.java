package dev.roster.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is acting in the current HTTP request, for the log's {@code actor} column. The admin authentication
 * filter names the admin here (it authenticates inside JAX-RS, so the servlet container's principal stays
 * empty); SCIM requests have no actor, their integration says who they are.
 */
public final class AuditActor {

    static final String ATTRIBUTE = AuditActor.class.getName();

    private AuditActor() {}

    public static void set(HttpServletRequest request, String actor) {
        request.setAttribute(ATTRIBUTE, actor);
    }

    static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String actor) {
            return actor;
        }
        return request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
    }
}
