package dev.roster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The admin API steps the integration tests set up with: an integration, then its SCIM token. */
public final class AdminSetup {

    private AdminSetup() {}

    /** Creates an integration and answers its id. */
    public static String createIntegration(Http admin, String name, String idp) {
        Http.Reply created = admin.post("api/v1/integrations", "{\"name\":\"" + name + "\",\"idp\":\"" + idp + "\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    /** Saves the integration's SCIM settings, which issues a token, and answers the token. */
    public static String saveScim(Http admin, String integrationId) {
        Http.Reply saved = admin.post("api/v1/integrations/" + integrationId + "/scim", null);
        assertEquals(200, saved.status(), saved.toString());
        return saved.json().getString("token");
    }
}
