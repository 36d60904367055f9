package dev.roster.integration;

import java.util.LinkedHashMap;
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
        Map<String, String> labels = new LinkedHashMap<>();
        switch (idp) {
            case ENTRA:
                labels.put("baseUrl", "Tenant URL");
                labels.put("token", "Secret Token");
                labels.put("authenticationMode", "Authentication Method");
                break;
            case OKTA:
                labels.put("baseUrl", "SCIM connector base URL");
                labels.put("uniqueIdentifierField", "Unique identifier field for users");
                labels.put("provisioningActions", "Supported provisioning actions");
                labels.put("authenticationMode", "Authentication Mode");
                labels.put("token", "Bearer Token");
                break;
            default:
                labels.put("baseUrl", "SCIM base URL");
                labels.put("uniqueIdentifierField", "Unique identifier field for users");
                labels.put("provisioningActions", "Supported provisioning actions");
                labels.put("authenticationMode", "Authentication mode");
                labels.put("token", "Bearer token");
                break;
        }
        return labels;
    }
}
