package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.REGISTRY;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.AttributeType;
import dev.roster.scim.schema.Mutability;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.Returned;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.Uniqueness;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Immutable attributes (RFC 7644 section 3.5.2: may be set while unassigned, never changed). The shipped schemas
 * have none outside Group members, so this uses a small resource type of its own.
 */
class PatchEngineMutabilityTest {

    private static final AttributeDefinition BADGE = simple("badge", Mutability.IMMUTABLE);
    private static final AttributeDefinition DEVICES = new AttributeDefinition(
            "devices",
            AttributeType.COMPLEX,
            true,
            "",
            false,
            false,
            Mutability.READ_WRITE,
            Returned.DEFAULT,
            Uniqueness.NONE,
            List.of(),
            List.of(),
            List.of(simple("serial", Mutability.IMMUTABLE), simple("label", Mutability.READ_WRITE)));
    private static final SchemaDefinition BADGE_SCHEMA =
            new SchemaDefinition("urn:example:Badge", "Badge", "", List.of(BADGE, DEVICES));
    private static final ResourceSchema BADGES =
            new ResourceSchema(REGISTRY, new ResourceTypeDefinition("Badge", "/Badges", "", BADGE_SCHEMA, List.of()));

    @Test
    void addOfImmutableWhileUnassignedSetsIt() {
        PatchResult result = patch(BADGES, json("{}"), "[{\"op\":\"add\",\"path\":\"badge\",\"value\":\"B-1\"}]");

        assertEquals("B-1", result.document().getString("badge"));
    }

    @Test
    void replaceOfAssignedImmutableIsMutabilityError() {
        JsonObject document = json("{\"badge\":\"B-1\"}");

        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(BADGES, document, "[{\"op\":\"replace\",\"path\":\"badge\",\"value\":\"B-2\"}]"));
        assertScimError(
                ScimErrorType.MUTABILITY, () -> patch(BADGES, document, "[{\"op\":\"remove\",\"path\":\"badge\"}]"));
    }

    @Test
    void replaceOfImmutableWithSameValueChangesNothing() {
        JsonObject document = json("{\"badge\":\"B-1\"}");

        PatchResult result = patch(BADGES, document, "[{\"op\":\"replace\",\"path\":\"badge\",\"value\":\"B-1\"}]");

        assertFalse(result.documentChanged());
    }

    @Test
    void addOfElementWithImmutableSubAttributeIsAllowed() {
        JsonObject document = json("{\"devices\":[{\"serial\":\"S1\"}]}");

        PatchResult result =
                patch(BADGES, document, "[{\"op\":\"add\",\"path\":\"devices\",\"value\":[{\"serial\":\"S2\"}]}]");

        assertEquals(2, result.document().getJsonArray("devices").size());
    }

    @Test
    void replaceOfImmutableSubAttributeOfMatchedElementIsMutabilityError() {
        JsonObject document = json("{\"devices\":[{\"serial\":\"S1\",\"label\":\"phone\"}]}");

        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(
                        BADGES,
                        document,
                        "[{\"op\":\"replace\",\"path\":\"devices[label eq \\\"phone\\\"].serial\",\"value\":\"S9\"}]"));
    }

    @Test
    void replaceOfMutableSubAttributeOfMatchedElementIsAllowed() {
        JsonObject document = json("{\"devices\":[{\"serial\":\"S1\",\"label\":\"phone\"}]}");

        PatchResult result = patch(
                BADGES,
                document,
                "[{\"op\":\"replace\",\"path\":\"devices[serial eq \\\"S1\\\"].label\",\"value\":\"tablet\"}]");

        assertEquals(
                json("{\"serial\":\"S1\",\"label\":\"tablet\"}"),
                result.document().getJsonArray("devices").get(0));
    }

    private static AttributeDefinition simple(String name, Mutability mutability) {
        return new AttributeDefinition(
                name,
                AttributeType.STRING,
                false,
                "",
                false,
                false,
                mutability,
                Returned.DEFAULT,
                Uniqueness.NONE,
                List.of(),
                List.of(),
                List.of());
    }
}
