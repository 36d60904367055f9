package dev.roster.admin.api.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupSummary", description = "A group the identity provider pushed")
public record GroupSummary(
        @Schema(description = "The group's SCIM id") String id,
        @Schema(example = "Finance") String displayName,

        @Schema(description = "The identity provider's own id for the group")
        String externalId,

        @Schema(description = "Direct members") long memberCount,
        Instant created,
        Instant lastModified) {}
