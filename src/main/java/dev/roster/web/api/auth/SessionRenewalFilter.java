package dev.roster.web.api.auth;

import dev.roster.web.auth.AdminPrincipal;
import dev.roster.web.auth.AuthMethod;
import dev.roster.web.auth.session.AdminSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The sliding idle timeout: every request made with a session answers with the cookie re-signed as "last
 * seen now". Nothing is stored; the new cookie is the whole state.
 */
@Provider
@ApplicationScoped
public class SessionRenewalFilter implements ContainerResponseFilter {

    @Inject
    AdminSessions sessions;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(AdminCaller.PROPERTY) instanceof AdminPrincipal principal)
                || principal.method() != AuthMethod.SESSION
                || AdminCaller.isSignedOut(request)
                || response.getStatus() == 401) {
            return;
        }
        response.getHeaders().add(HttpHeaders.SET_COOKIE, sessions.cookies().set(sessions.renew(principal.session())));
    }
}
