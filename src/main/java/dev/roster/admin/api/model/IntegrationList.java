package dev.roster.admin.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntegrationList")
public record IntegrationList(long totalResults, List<IntegrationView> items) {}
