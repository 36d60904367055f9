package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupDetail")
public record GroupDetail(
        GroupSummary group,

        @Schema(description = "One page of direct members (membersStart, membersCount)")
        MemberPage members) {}
