package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotateTokenRequest", example = "{\"graceSeconds\":3600}")
public record RotateTokenRequest(
        @Schema(
                description = "How long the previous token keeps working, 0–604800 s (7 days); default 3600",
                minimum = "0",
                maximum = "604800")
        Long graceSeconds) {}
