package dev.roster.web.api.auth;

import dev.roster.audit.AuditActor;
import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.audit.ProvisioningLogWriter;
import dev.roster.audit.RequestOrigins;
import dev.roster.web.api.ApiApplication;
import dev.roster.web.api.IsoTimes;
import dev.roster.web.api.RequestBodies;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.ProblemResponses;
import dev.roster.web.auth.AdminPrincipal;
import dev.roster.web.auth.AuthMethod;
import dev.roster.web.auth.PasswordLogin;
import dev.roster.web.auth.session.AdminSessions;
import dev.roster.web.auth.session.SessionLifetime;
import dev.roster.web.auth.session.SessionToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/session}: the console's sign-in, "who am I" and sign-out. Sign-in sets the session cookie
 * (HttpOnly, SameSite=Strict, Secure over HTTPS) and answers with the CSRF token the console must echo.
 */
@Path(AdminAuthenticationFilter.SESSION_PATH)
@RequestScoped
@Tag(name = "Admin: session", description = "Console sign-in; scripts use HTTP Basic instead")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final String CHANNEL = "console sign-in";

    @Inject
    PasswordLogin passwordLogin;

    @Inject
    AdminSessions sessions;

    @Inject
    ProvisioningLogWriter log;

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    RequestOrigins origins;

    @Context
    ContainerRequestContext request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sign in to the console",
            description = "Sets the session cookie. After 5 failed "
                    + "attempts for a username from one client address, or 10 for any usernames from it, further attempts "
                    + "from that address wait 1 s, 2 s, 4 s … (429); other addresses are not affected.")
    @APIResponseSchema(
            value = SessionView.class,
            responseCode = "200",
            responseDescription = "Signed in; the cookie is set")
    @APIResponse(
            responseCode = "401",
            description = "Wrong username or password",
            content =
                    @Content(
                            mediaType = ProblemResponses.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "wrong",
                                            value = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\","
                                                    + "\"status\":401,\"detail\":\"Wrong username or password\"}")))
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    public Response signIn(LoginRequest login) {
        RequestBodies.required(login);
        if (login.username() == null || login.username().isEmpty() || login.password() == null) {
            throw ApiProblem.badRequest("username and password are required");
        }
        PasswordLogin.Result result = passwordLogin.login(
                login.username(), login.password(), origins.current().address(), CHANNEL);
        if (result.outcome() == PasswordLogin.Outcome.THROTTLED) {
            return AdminAuthenticationFilter.throttled(result.retryAfterSeconds());
        }
        if (result.outcome() == PasswordLogin.Outcome.INVALID) {
            // No WWW-Authenticate: this is the console's form, never a browser dialog.
            return ProblemResponses.of(401, "Wrong username or password");
        }
        AdminSessions.Started started = sessions.start(result.account());
        AuditActor.set(servletRequest, started.token().username());
        log.recordAlone(ProvisioningEvent.success(null, EventOperation.ADMIN_SIGNED_IN, null, null, null, null));
        return Response.ok(sessionView(started.token(), started.csrfToken()))
                .header(HttpHeaders.SET_COOKIE, sessions.cookies().set(started.cookieValue()))
                .build();
    }

    @GET
    @Operation(summary = "Who am I", description = "For a console session also its CSRF token and when it ends.")
    @APIResponseSchema(value = SessionView.class, responseCode = "200", responseDescription = "The signed-in admin")
    public SessionView whoAmI() {
        AdminPrincipal principal = AdminCaller.of(request);
        if (principal.method() == AuthMethod.SESSION) {
            // The renewal filter re-signs the cookie as "seen now", so the session ends idle-timeout from now.
            return sessionView(
                    principal.session().seenAt(System.currentTimeMillis()), sessions.csrfToken(principal.session()));
        }
        return new SessionView(principal.username(), "basic", null, null, null, null, null);
    }

    @DELETE
    @Operation(summary = "Sign out", description = "Ends the session on every node and clears the cookie.")
    @SecurityRequirement(name = ApiApplication.SESSION)
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "403", description = "X-CSRF-Token missing or wrong")
    public Response signOut() {
        AdminPrincipal principal = AdminCaller.of(request);
        if (principal.method() == AuthMethod.SESSION) {
            sessions.end(principal.session());
            AdminCaller.markSignedOut(request);
            log.recordAlone(ProvisioningEvent.success(null, EventOperation.ADMIN_SIGNED_OUT, null, null, null, null));
        }
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, sessions.cookies().clear())
                .build();
    }

    private SessionView sessionView(SessionToken token, String csrfToken) {
        SessionLifetime lifetime = sessions.lifetime();
        return new SessionView(
                token.username(),
                "session",
                csrfToken,
                lifetime.idle().toSeconds(),
                IsoTimes.instant(lifetime.idleEndOf(token)),
                IsoTimes.instant(token.issuedAt()),
                IsoTimes.instant(token.issuedAt() + lifetime.max().toMillis()));
    }
}
