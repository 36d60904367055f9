package dev.roster.admin.auth;

import dev.roster.admin.auth.session.SessionToken;

/**
 * The admin behind a request.
 *
 * @param session the verified session token when {@code method} is SESSION, otherwise null
 */
public record AdminPrincipal(String username, AuthMethod method, SessionToken session) {}
