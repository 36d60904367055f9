package dev.roster.resolution.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/resolve} (documentation; the resource reads the JSON itself). */
@Schema(
        name = "ResolveRequest",
        example = "{\"repository\":\"warehouse\",\"dbAccount\":\"looker_svc\","
                + "\"sessionId\":\"conn-4711\",\"statements\":[\"-- Looker Query Context '{\\\"user_id\\\":123,"
                + "\\\"history_slug\\\":\\\"9e8d\\\"}'\\nSELECT region, SUM(amount) FROM sales GROUP BY 1\"]}")
public record ResolveRequest(
        @Schema(required = true, description = "The data repository's registered name (ignoring case)")
        String repository,

        @Schema(required = true, description = "The database account (service account) the statements ran as")
        String dbAccount,

        @Schema(
                description = "The database session (connection) the statements belong to. Tableau's Initial SQL "
                        + "holds for the session's later statements with the same sessionId, on any node; without it, "
                        + "only within this request. At most 200 characters count.")
        String sessionId,

        @Schema(
                required = true,
                description = "1 to 100 statements of the session in the order sent; the "
                        + "answer is for the last one. Each is scanned up to its first 64 KiB.")
        List<String> statements) {}
