package dev.roster.integration.oauth.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The token endpoint's answers as the OpenAPI document shows them. The endpoint writes the same members
 * itself (RFC 6749 sections 5.1 and 5.2); the component names are the wire names, underscores included.
 */
public final class TokenAnswers {

    private TokenAnswers() {}

    @Schema(name = "AccessTokenResponse", description = "RFC 6749 section 5.1")
    public record Token(
            @Schema(description = "The bearer token for this integration's SCIM endpoints", example = "rsat_3q2…")
            String access_token,

            @Schema(description = "Always Bearer", example = "Bearer")
            String token_type,

            @Schema(description = "Seconds until the token expires", example = "3600")
            long expires_in,

            @Schema(
                    description = "Present when the request named a scope: the token always covers scim",
                    example = "scim")
            String scope) {}

    @Schema(name = "OAuthErrorResponse", description = "RFC 6749 section 5.2")
    public record Error(
            @Schema(
                    description = "The error code",
                    enumeration = {"invalid_request", "invalid_client", "unsupported_grant_type", "unauthorized_client"
                    })
            String error,

            @Schema(description = "What was wrong, for a person reading it")
            String error_description) {}
}
