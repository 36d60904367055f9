package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserCounts", description = "Users of the directory by state")
public record UserCounts(
        @Schema(example = "118") long active,
        @Schema(example = "4") long inactive) {}
