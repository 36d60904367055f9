package dev.roster.integration.oauth;

import dev.roster.platform.http.BasicAuthorization;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A token request as RFC 6749 sections 2.3.1, 3.2 and 4.4.2 define it: a form-encoded body with
 * {@code grant_type} (and optionally {@code scope}), the client authenticated either by HTTP Basic (whose
 * user and password are themselves form-encoded) or by {@code client_id}/{@code client_secret} in the body,
 * never both. Parameters may not repeat. Parsing is pure, so every rule is unit-tested.
 *
 * @param authenticatedByHeader whether the client used HTTP Basic; a failure then answers 401 with a challenge
 */
public record ClientCredentialsRequest(
        String grantType, String clientId, String clientSecret, String scope, boolean authenticatedByHeader) {

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String CLIENT_CREDENTIALS = "client_credentials";

    @Override
    public String toString() {
        return "ClientCredentialsRequest[grantType=" + grantType + ", clientId=" + clientId + "]";
    }

    public static ClientCredentialsRequest parse(String contentType, String authorization, String body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            throw invalid("The token request must be " + FORM);
        }
        Map<String, String> form = parseForm(body == null ? "" : body);
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            throw invalid("grant_type is required");
        }
        String clientId = form.get("client_id");
        String clientSecret = form.get("client_secret");
        boolean byHeader = authorization != null && !authorization.isBlank();
        if (byHeader) {
            if (clientSecret != null) {
                throw invalid("Authenticate the client with HTTP Basic or with client_secret in the body, not both");
            }
            String[] basic = basicCredentials(authorization);
            if (clientId != null && !clientId.equals(basic[0])) {
                throw invalid("client_id in the body differs from the HTTP Basic user");
            }
            clientId = basic[0];
            clientSecret = basic[1];
        } else if (clientId == null || clientSecret == null) {
            throw new OAuthException(
                    OAuthError.INVALID_CLIENT,
                    "Client authentication is required: HTTP Basic, or client_id and client_secret in the body");
        }
        return new ClientCredentialsRequest(grantType, clientId, clientSecret, form.get("scope"), byHeader);
    }

    /** {@code name=value&…}; a repeated name is an error (RFC 6749 section 3.2). */
    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (form.put(name, value) != null) {
                throw invalid("Parameter " + name + " is repeated");
            }
        }
        return form;
    }

    /** The user and password of a Basic header, each form-decoded as RFC 6749 section 2.3.1 requires. */
    private static String[] basicCredentials(String authorization) {
        String decoded;
        try {
            decoded = BasicAuthorization.decode(authorization)
                    .orElseThrow(() -> new OAuthException(
                            OAuthError.INVALID_CLIENT, "Only HTTP Basic client authentication is supported"));
        } catch (IllegalArgumentException notBase64) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "The Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "The Basic credentials lack a ':'");
        }
        return new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("Malformed form encoding");
        }
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_REQUEST, description);
    }
}
