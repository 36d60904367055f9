package dev.roster.admin.api.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A SCIM token as it can be shown again: never the token, only its first characters (for the token from
 * {@code roster.scim.token}, the setting's name).
 */
@Schema(name = "TokenInfo")
public record TokenInfo(
        @Schema(
                description = "The token's first characters; roster.scim.token for the configured token",
                example = "rsct_Ab3x…")
        String hint,

        Instant createdAt,
        Instant lastUsedAt,

        @Schema(description = "End of its rotation grace period; absent for the current token")
        Instant expiresAt) {}
