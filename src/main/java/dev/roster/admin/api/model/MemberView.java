package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member")
public record MemberView(
        String id, @Schema(enumeration = {"User", "Group"}) String type, String display) {}
