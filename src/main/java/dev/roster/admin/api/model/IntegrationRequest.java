package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of creating (both fields required) or changing (either field) an integration. */
@Schema(name = "IntegrationRequest", example = "{\"name\":\"Okta prod\",\"idp\":\"okta\"}")
public record IntegrationRequest(
        @Schema(description = "Display name, 1–200 characters", example = "Okta prod")
        String name,

        @Schema(
                description = "The identity provider; decides the wording of the SCIM panel",
                enumeration = {"okta", "entra", "generic"},
                example = "okta")
        String idp) {}
