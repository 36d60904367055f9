package dev.roster.admin.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserPage")
public record UserPage(
        @Schema(description = "All matches, counted before paging")
        long totalResults,

        @Schema(description = "1-based index of the first item")
        int startIndex,

        int itemsPerPage,
        List<UserSummary> items) {}
