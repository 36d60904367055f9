package dev.roster.admin.api.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupSummary")
public record GroupSummary(
        String id,
        @Schema(example = "Finance") String displayName,
        String externalId,
        @Schema(description = "Direct members") long memberCount,
        Instant created,
        Instant lastModified) {}
