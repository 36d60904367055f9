package dev.roster.web.auth;

import dev.roster.platform.http.BasicAuthorization;
import java.util.Optional;

/** The user and password of an {@code Authorization: Basic …} header (RFC 7617, UTF-8). */
public record BasicCredentials(String username, String password) {

    /** Empty when the header is not Basic or not decodable; the password is never part of any message. */
    public static Optional<BasicCredentials> parse(String authorization) {
        String decoded;
        try {
            decoded = BasicAuthorization.decode(authorization).orElse("");
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + "]";
    }
}
