package dev.roster.web.api.auth;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is signed in. For a console session, the CSRF token every unsafe request must echo in X-CSRF-Token. */
@Schema(
        name = "Session",
        example = "{\"username\":\"admin\",\"authenticatedBy\":\"session\","
                + "\"csrfToken\":\"q3V0…\",\"idleTimeoutSeconds\":1800,\"expiresAt\":\"2025-01-10T09:43:00Z\","
                + "\"signedInAt\":\"2025-01-10T09:13:00Z\",\"maxExpiresAt\":\"2025-01-10T21:13:00Z\"}")
public record SessionView(
        String username,
        @Schema(enumeration = {"session", "basic"}) String authenticatedBy,

        @Schema(description = "Send as X-CSRF-Token on POST, PATCH, PUT and DELETE (sessions only)")
        String csrfToken,

        Long idleTimeoutSeconds,

        @Schema(description = "When the session ends without further requests")
        Instant expiresAt,

        Instant signedInAt,

        @Schema(description = "When the session ends however active")
        Instant maxExpiresAt) {}
