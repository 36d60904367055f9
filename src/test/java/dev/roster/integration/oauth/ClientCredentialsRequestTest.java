package dev.roster.integration.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RFC 6749 sections 2.3.1, 3.2 and 4.4.2, one rule per test. */
class ClientCredentialsRequestTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static String basic(String id, String secret) {
        String pair =
                URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static OAuthError errorOf(String contentType, String authorization, String body) {
        return assertThrows(
                        OAuthException.class, () -> ClientCredentialsRequest.parse(contentType, authorization, body))
                .error();
    }

    @Test
    void basicAuthenticationWithFormEncodedCredentials() {
        ClientCredentialsRequest request = ClientCredentialsRequest.parse(
                FORM + "; charset=UTF-8", basic("okta-prod-k3x9pq", "rscs_a+b/c=d:e"), "grant_type=client_credentials");
        assertEquals("client_credentials", request.grantType());
        assertEquals("okta-prod-k3x9pq", request.clientId());
        assertEquals("rscs_a+b/c=d:e", request.clientSecret(), "form-decoded, so + and : in a secret survive");
        assertTrue(request.authenticatedByHeader());
        assertNull(request.scope());
    }

    @Test
    void credentialsInTheBodyAreTheAlternative() {
        ClientCredentialsRequest request = ClientCredentialsRequest.parse(
                FORM, null, "grant_type=client_credentials&client_id=abc&client_secret=s%2Bt&scope=scim");
        assertEquals("abc", request.clientId());
        assertEquals("s+t", request.clientSecret());
        assertEquals("scim", request.scope());
        assertFalse(request.authenticatedByHeader());
    }

    @Test
    void clientIdInTheBodyMayRepeatTheBasicUser() {
        assertEquals(
                "abc",
                ClientCredentialsRequest.parse(FORM, basic("abc", "s"), "grant_type=client_credentials&client_id=abc")
                        .clientId());
        assertEquals(
                OAuthError.INVALID_REQUEST,
                errorOf(FORM, basic("abc", "s"), "grant_type=client_credentials&client_id=xyz"));
    }

    @Test
    void twoAuthenticationMethodsAreInvalid() {
        assertEquals(
                OAuthError.INVALID_REQUEST,
                errorOf(FORM, basic("abc", "s"), "grant_type=client_credentials&client_secret=s"));
    }

    @Test
    void noClientAuthenticationIsInvalidClient() {
        assertEquals(OAuthError.INVALID_CLIENT, errorOf(FORM, null, "grant_type=client_credentials"));
        assertEquals(OAuthError.INVALID_CLIENT, errorOf(FORM, null, "grant_type=client_credentials&client_id=abc"));
        assertEquals(OAuthError.INVALID_CLIENT, errorOf(FORM, "Bearer xyz", "grant_type=client_credentials"));
        assertEquals(OAuthError.INVALID_CLIENT, errorOf(FORM, "Basic !!!", "grant_type=client_credentials"));
    }

    @Test
    void missingGrantTypeRepeatedParametersAndOtherBodiesAreInvalidRequests() {
        assertEquals(OAuthError.INVALID_REQUEST, errorOf(FORM, basic("a", "s"), ""));
        assertEquals(OAuthError.INVALID_REQUEST, errorOf(FORM, basic("a", "s"), "grant_type="));
        assertEquals(
                OAuthError.INVALID_REQUEST,
                errorOf(FORM, basic("a", "s"), "grant_type=client_credentials&grant_type=client_credentials"));
        assertEquals(OAuthError.INVALID_REQUEST, errorOf("application/json", basic("a", "s"), "{}"));
        assertEquals(OAuthError.INVALID_REQUEST, errorOf(null, basic("a", "s"), "grant_type=client_credentials"));
        assertEquals(OAuthError.INVALID_REQUEST, errorOf(FORM, basic("a", "s"), "grant_type=%zz"));
    }

    @Test
    void anotherGrantTypeIsParsedForTheIssuerToRefuse() {
        assertEquals(
                "password",
                ClientCredentialsRequest.parse(FORM, basic("a", "s"), "grant_type=password")
                        .grantType());
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertFalse(ClientCredentialsRequest.parse(FORM, basic("a", "hunter2"), "grant_type=client_credentials")
                .toString()
                .contains("hunter2"));
    }
}
