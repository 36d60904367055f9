package dev.roster.admin.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupMembership", description = "A group a user is in, directly or through a nested group")
public record GroupMembershipView(String id, String displayName, boolean direct) {}
