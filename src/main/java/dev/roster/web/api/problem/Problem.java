package dev.roster.web.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin API error as RFC 9457 problem details ({@code application/problem+json}). */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details",
        example = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"No integration with id 'okta-prod-x7k2q9'\"}")
public record Problem(
        @Schema(
                description = "A URI naming the kind of problem; about:blank when the status says it all",
                example = "about:blank")
        String type,

        @Schema(description = "Short summary of the kind of problem", example = "Not Found")
        String title,

        @Schema(description = "The HTTP status", example = "404")
        int status,

        @Schema(description = "What went wrong with this request")
        String detail) {}
