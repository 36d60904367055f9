package dev.roster.web.auth;

import dev.roster.web.auth.session.SessionToken;

/**
 * The admin behind a request.
 *
 * @param session the verified session token when {@code method} is SESSION, otherwise null
 */
public record AdminPrincipal(String username, AuthMethod method, SessionToken session) {}
