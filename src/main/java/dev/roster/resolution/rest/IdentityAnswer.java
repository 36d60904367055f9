package dev.roster.resolution.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/v1/integrations/{id}/identities/{userNameOrEmail}} (documentation). */
@Schema(
        name = "IdentityAnswer",
        example =
                "{\"integrationId\":\"okta-prod-x7k2q9\",\"endUser\":{\"id\":\"2819c223-7f76-453a-919d-413861904646\","
                        + "\"userName\":\"jane@example.com\",\"email\":\"jane@example.com\",\"displayName\":\"Jane Doe\",\"active\":true},"
                        + "\"groups\":[\"All staff\",\"Finance\"],\"memberships\":[{\"id\":\"6c5bb468-14b2-4183-baf2-06d523e03bd3\","
                        + "\"displayName\":\"All staff\",\"direct\":false},{\"id\":\"e9e30dba-f08f-4109-8486-d5c6a331660a\","
                        + "\"displayName\":\"Finance\",\"direct\":true}]}")
public record IdentityAnswer(
        String integrationId,
        ResolveAnswer.EndUser endUser,

        @Schema(description = "Group names, direct and nested (cycles end); empty for an inactive user")
        List<String> groups,

        @Schema(description = "The same groups with ids, and whether the user is a direct member")
        List<Membership> memberships) {

    /** One group of the user. */
    @Schema(name = "Membership")
    public record Membership(String id, String displayName, boolean direct) {}
}
