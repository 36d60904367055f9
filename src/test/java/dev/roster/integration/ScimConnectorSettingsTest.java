package dev.roster.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScimConnectorSettingsTest {

    private static final String BASE = "https://roster.example.com/scim/v2";

    @Test
    void oktaGetsThePanelOfTheSetupGuide() {
        ScimConnectorSettings okta = ScimConnectorSettings.of(BASE, IdpType.OKTA);
        assertEquals(BASE, okta.baseUrl());
        assertEquals("userName", okta.uniqueIdentifierField());
        assertEquals(List.of("Push New Users", "Push Profile Updates", "Push Groups"), okta.provisioningActions());
        assertEquals("HTTP Header", okta.authenticationMode());
        assertEquals("Bearer", okta.tokenType());
        assertEquals("SCIM connector base URL", okta.labels().get("baseUrl"));
        assertEquals("Bearer Token", okta.labels().get("token"));
    }

    @Test
    void entraGetsItsOwnWords() {
        ScimConnectorSettings entra = ScimConnectorSettings.of(BASE, IdpType.ENTRA);
        assertEquals("Tenant URL", entra.labels().get("baseUrl"));
        assertEquals("Secret Token", entra.labels().get("token"));
        assertEquals(BASE, entra.baseUrl());
    }

    @Test
    void genericUsesPlainWords() {
        assertEquals(
                "SCIM base URL",
                ScimConnectorSettings.of(BASE, IdpType.GENERIC).labels().get("baseUrl"));
    }
}
