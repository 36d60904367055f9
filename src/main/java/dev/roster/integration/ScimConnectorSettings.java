package dev.roster.integration;

import java.util.List;
import java.util.Map;

/**
 * The values of the "Configure Your SCIM Integration" panel, and the words each IdP's own screens use for
 * them, so an admin can copy field by field: Okta's SCIM app wizard says "SCIM connector base URL" and
 * "Bearer Token"; Entra ID's provisioning page says "Tenant URL" and "Secret Token".
 */
public record ScimConnectorSettings(
        String baseUrl,
        String uniqueIdentifierField,
        List<String> provisioningActions,
        String authenticationMode,
        String tokenType,
        Map<String, String> labels) {

    public static final String UNIQUE_IDENTIFIER_FIELD = "userName";
    public static final List<String> PROVISIONING_ACTIONS =
            List.of("Push New Users", "Push Profile Updates", "Push Groups");
    public static final String AUTHENTICATION_MODE = "HTTP Header";
    public static final String TOKEN_TYPE = "Bearer";

    public ScimConnectorSettings {
        provisioningActions = List.copyOf(provisioningActions);
        labels = Map.copyOf(labels);
    }

    public static ScimConnectorSettings of(String scimBaseUrl, IdpType idp) {
        return new ScimConnectorSettings(
                scimBaseUrl,
                UNIQUE_IDENTIFIER_FIELD,
                PROVISIONING_ACTIONS,
                AUTHENTICATION_MODE,
                TOKEN_TYPE,
                labels(idp));
    }

    /** Field name → the label the IdP's setup screen shows for it. */
    static Map<String, String> labels(IdpType idp) {
        return switch (idp) {
            case ENTRA ->
                Map.of("baseUrl", "Tenant URL", "token", "Secret Token", "authenticationMode", "Authentication Method");
            case OKTA -> allFields("SCIM connector base URL", "Authentication Mode", "Bearer Token");
            case GENERIC -> allFields("SCIM base URL", "Authentication mode", "Bearer token");
        };
    }

    /** Okta's wizard and the generic panel label every field; only three of the labels are worded apart. */
    private static Map<String, String> allFields(String baseUrl, String authenticationMode, String token) {
        return Map.of(
                "baseUrl", baseUrl,
                "uniqueIdentifierField", "Unique identifier field for users",
                "provisioningActions", "Supported provisioning actions",
                "authenticationMode", authenticationMode,
                "token", token);
    }
}
