package dev.roster.it;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The clients the integration tests talk to a Roster at {@code base} with: anonymous, or as the admin with Basic
 * credentials (what every test sets its integrations, streams and keys up with).
 */
public final class Clients {

    /** roster.admin.password of the Arquillian server (arquillian.xml). */
    public static final String ADMIN_PASSWORD = "it-admin-password";

    private Clients() {}

    /** No credentials, no default headers. */
    public static Http anonymous(URL base) {
        return new Http(URI.create(base.toString()), Map.of());
    }

    /** The admin of the Arquillian server, sending JSON. */
    public static Http admin(URL base) {
        return admin(URI.create(base.toString()), ADMIN_PASSWORD);
    }

    /** The admin of a server started with {@code password}, sending JSON. */
    public static Http admin(URI base, String password) {
        return new Http(base, Map.of("Authorization", basic("admin", password), "Content-Type", "application/json"));
    }

    /** An {@code Authorization} header value for HTTP Basic (RFC 7617, UTF-8). */
    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
