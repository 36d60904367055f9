package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same values in the words of Entra ID's provisioning page. */
@Schema(name = "EntraSettings")
public record EntraSettings(
        @Schema(description = "Entra's \"Tenant URL\"", example = "https://roster.example.com/scim/v2")
        String tenantUrl,

        @Schema(description = "Entra's \"Secret Token\"; only in the answer that generated it")
        String secretToken) {}
