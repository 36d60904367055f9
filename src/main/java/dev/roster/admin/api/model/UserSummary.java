package dev.roster.admin.api.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserSummary")
public record UserSummary(
        String id,
        @Schema(example = "jane@example.com") String userName,
        String displayName,
        @Schema(description = "Primary (or first) email") String email,
        boolean active,
        String externalId,
        Instant created,
        Instant lastModified) {}
