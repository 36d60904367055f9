package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OAuthClientRequest", example = "{\"accessTokenLifetimeSeconds\":3600}")
public record OAuthClientRequest(
        @Schema(
                description = "Lifetime of the access tokens this client gets, 1–86400 s; "
                        + "default roster.oauth.access-token-lifetime-seconds",
                minimum = "1",
                maximum = "86400")
        Integer accessTokenLifetimeSeconds) {}
