package dev.roster.admin.api.model;

import jakarta.json.JsonObject;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserDetail")
public record UserDetail(
        UserSummary user,
        List<GroupMembershipView> groups,

        @Schema(type = SchemaType.OBJECT, description = "The user as SCIM serves it")
        JsonObject resource) {}
