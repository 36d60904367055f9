package dev.roster.admin.api.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An integration with its status. Absent times mean "never". */
@Schema(
        name = "Integration",
        example =
                "{\"id\":\"okta-prod-x7k2q9\",\"name\":\"Okta prod\",\"idp\":\"okta\","
                        + "\"scimEnabled\":true,\"createdAt\":\"2025-01-10T09:12:00Z\",\"updatedAt\":\"2025-01-10T09:13:05Z\","
                        + "\"lastScimRequestAt\":\"2025-01-12T07:00:00Z\",\"users\":{\"active\":118,\"inactive\":4},\"groups\":9}")
public record IntegrationView(
        @Schema(description = "URL-safe id: lower-case letters, digits and hyphens", example = "okta-prod-x7k2q9")
        String id,

        String name,
        @Schema(enumeration = {"okta", "entra", "generic"}) String idp,

        @Schema(description = "Whether the IdP may provision (its tokens are accepted)")
        boolean scimEnabled,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "Latest authenticated SCIM request (to the minute)")
        Instant lastScimRequestAt,

        @Schema(description = "Latest rejected request of this integration")
        Instant lastErrorAt,

        @Schema(description = "What that rejected request was and why")
        String lastError,

        UserCounts users,

        @Schema(description = "Number of groups", example = "9")
        long groups) {}
