package dev.roster.platform.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Decodes an {@code Authorization: Basic …} header (RFC 7617, UTF-8). The admin login and the OAuth token endpoint
 * both take Basic credentials; each splits the decoded text and answers a bad header in its own protocol.
 */
public final class BasicAuthorization {

    private static final String SCHEME = "basic ";

    private BasicAuthorization() {}

    /**
     * The decoded {@code user:password} text; empty when the header is not Basic (the scheme ignores case) or has
     * nothing after the scheme.
     *
     * @throws IllegalArgumentException when what follows the scheme is not base64
     */
    public static Optional<String> decode(String authorization) {
        if (authorization == null
                || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getDecoder()
                .decode(authorization.substring(SCHEME.length()).trim());
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }
}
