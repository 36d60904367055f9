package dev.roster.admin.api.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserSummary", description = "A user the identity provider provisioned")
public record UserSummary(
        @Schema(description = "The user's SCIM id") String id,
        @Schema(example = "jane@example.com") String userName,
        String displayName,
        @Schema(description = "Primary (or first) email") String email,
        boolean active,

        @Schema(description = "The identity provider's own id for the user")
        String externalId,

        Instant created,
        Instant lastModified) {}
