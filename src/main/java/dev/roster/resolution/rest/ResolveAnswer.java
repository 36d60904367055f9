package dev.roster.resolution.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/v1/resolve} (documentation; written as JSON by the resource). */
@Schema(
        name = "ResolveAnswer",
        example = "{\"attributed\":true,\"endUser\":{\"id\":\"2819c223-7f76-453a-919d-413861904646\","
                + "\"userName\":\"jane@example.com\",\"email\":\"jane@example.com\",\"displayName\":\"Jane Doe\",\"active\":true},"
                + "\"groups\":[\"All staff\",\"Finance\"],\"repoUser\":\"looker_svc\",\"repository\":\"warehouse\","
                + "\"application\":\"looker\",\"carrier\":\"looker-context\",\"claim\":{\"type\":\"lookerUserId\",\"value\":\"123\","
                + "\"details\":{\"historySlug\":\"9e8d\"}}}")
public record ResolveAnswer(
        @Schema(description = "Whether an active directory user is behind the statement")
        boolean attributed,

        @Schema(
                description = "Why not: no-carrier, empty-user, malformed-carrier, ambiguous-carrier, unknown-user, "
                        + "inactive-user, ambiguous-email, unknown-looker-user, no-looker-mapping, looker-unavailable, "
                        + "carrier-mismatch",
                enumeration = {
                    "no-carrier",
                    "empty-user",
                    "malformed-carrier",
                    "ambiguous-carrier",
                    "unknown-user",
                    "inactive-user",
                    "ambiguous-email",
                    "unknown-looker-user",
                    "no-looker-mapping",
                    "looker-unavailable",
                    "carrier-mismatch"
                })
        String reason,

        @Schema(description = "The directory user; also present for inactive-user (with active:false)")
        EndUser endUser,

        @Schema(
                description = "Group names, direct and nested; empty for an inactive user or when the account does "
                        + "not retrieve groups; absent when no user was found")
        List<String> groups,

        @Schema(description = "The database account's name") String repoUser,
        String repository,

        @Schema(enumeration = {"looker", "tableau", "custom"})
        String application,

        @Schema(
                description = "Which carrier named the user",
                enumeration = {"looker-context", "looker-email", "tableau-initial-sql", "custom-context"})
        String carrier,

        @Schema(
                description = "What the carrier said: type userName, email or lookerUserId, the value, and details "
                        + "(Looker historySlug/instanceSlug, Tableau domain, custom userGroup/serviceName/attributes)")
        Claim claim) {

    /** A directory user. */
    @Schema(name = "EndUser")
    public record EndUser(
            String id,
            String userName,

            @Schema(description = "Primary (else first) email, lower case")
            String email,

            String displayName,
            boolean active) {}

    /** A carrier's claim. */
    @Schema(name = "Claim")
    public record Claim(
            @Schema(enumeration = {"userName", "email", "lookerUserId"})
            String type,

            String value,
            Object details) {}
}
