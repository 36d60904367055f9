package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.REGISTRY;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.fixture;
import static dev.roster.scim.patch.PatchTestSupport.jsonValue;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static dev.roster.scim.patch.PatchTestSupport.patchWithQuirks;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.resources.ResourceNormalizer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The store's sequence: stored (normalised) document → PATCH engine → normaliser → stored again. */
class PatchThenNormalizeTest {

    private final ResourceNormalizer normalizer = new ResourceNormalizer(REGISTRY);
    private final JsonObject stored =
            normalizer.normalize(REGISTRY.user(), storedUser()).document();

    @Test
    void patchLeavesSchemasForTheNormaliserToRecompute() {
        PatchResult result = patch(USER, stored, "[{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + "\"}]");

        JsonObject normalised =
                normalizer.normalize(REGISTRY.user(), result.document()).document();

        assertTrue(result.documentChanged());
        assertFalse(normalised.containsKey(ENTERPRISE));
        assertEquals(
                jsonValue("[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"urn:okta:roster_app:1.0:user:custom\"]"),
                normalised.get("schemas"));
    }

    @Test
    void patchedDocumentIsAlreadyInStoredForm() {
        PatchResult result = patchWithQuirks(
                USER,
                stored,
                PatchRequest.fromJson(fixture("entra/pathless-qualified-keys.json"), PatchTestSupport.MAX_OPERATIONS));

        JsonObject normalised =
                normalizer.normalize(REGISTRY.user(), result.document()).document();

        assertEquals(normalised, result.document());
    }

    @Test
    void noOpPatchOfStoredDocumentStaysUnchanged() {
        PatchResult result = patch(USER, stored, "[{\"op\":\"replace\",\"value\":{\"schemas\":[],\"active\":true}}]");

        assertFalse(result.documentChanged());
    }
}
