package dev.roster.admin.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberPage")
public record MemberPage(long totalResults, int startIndex, int itemsPerPage, List<MemberView> items) {}
