package dev.roster.admin.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventPage", description = "Provisioning-log entries, newest first")
public record EventPage(long totalResults, int startIndex, int itemsPerPage, List<EventView> items) {}
