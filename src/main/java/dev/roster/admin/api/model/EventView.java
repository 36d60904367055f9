package dev.roster.admin.api.model;

import jakarta.json.JsonValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One provisioning-log entry. Never contains a token or password. */
@Schema(
        name = "Event",
        example = "{\"id\":\"7d0c…\",\"integrationId\":\"okta-prod-x7k2q9\",\"occurredAt\":\"2025-01-10T09:30:00Z\","
                + "\"operation\":\"USER_CREATED\",\"outcome\":\"success\",\"status\":200,\"resourceType\":\"User\","
                + "\"resourceId\":\"2819c223-…\",\"resourceName\":\"jane@example.com\","
                + "\"changes\":{\"userName\":{\"after\":\"jane@example.com\"}},\"sourceAddress\":\"203.0.113.7\","
                + "\"occurrences\":1}")
public record EventView(
        String id,

        @Schema(description = "Absent for requests that belonged to no integration (bad tokens)")
        String integrationId,

        Instant occurredAt,
        @Schema(example = "USER_CREATED") String operation,
        @Schema(enumeration = {"success", "rejected"}) String outcome,
        int status,
        String resourceType,
        String resourceId,
        String resourceName,
        @Schema(description = "Why a request was rejected") String detail,

        @Schema(type = SchemaType.OBJECT, description = "Attribute changes (before/after) or member ids")
        JsonValue changes,

        String sourceAddress,
        String userAgent,

        @Schema(description = "The admin who acted, for admin actions")
        String actor,

        @Schema(
                description = "How many requests the entry stands for: 1, except for requests that failed "
                        + "authentication, which are counted in one entry per source address, reason and minute (the "
                        + "entry shows the first of them)",
                example = "1")
        int occurrences) {}
