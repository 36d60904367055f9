package dev.roster.admin.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupPage")
public record GroupPage(long totalResults, int startIndex, int itemsPerPage, List<GroupSummary> items) {}
