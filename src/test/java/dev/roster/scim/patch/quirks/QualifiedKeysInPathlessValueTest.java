package dev.roster.scim.patch.quirks;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.OKTA_CUSTOM;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.patch.PatchOp;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.PatchPaths;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entra's path-less values with dotted and URN-qualified keys. */
class QualifiedKeysInPathlessValueTest {

    private final QualifiedKeysInPathlessValue quirk = new QualifiedKeysInPathlessValue();

    @Test
    void rewriteTurnsDottedAndUrnKeysIntoPathOperations() {
        PatchOperation operation = only("[{\"op\":\"replace\",\"value\":{\"displayName\":\"Ann J\","
                + "\"name.givenName\":\"Ann\",\"" + ENTERPRISE + ":department\":\"Sales\"}}]");

        assertTrue(quirk.appliesTo(operation, USER));
        assertEquals(
                List.of(
                        PatchOperation.pathless(PatchOp.REPLACE, json("{\"displayName\":\"Ann J\"}")),
                        new PatchOperation(
                                PatchOp.REPLACE, PatchPaths.parse("name.givenName"), Json.createValue("Ann")),
                        new PatchOperation(
                                PatchOp.REPLACE,
                                PatchPaths.parse(ENTERPRISE + ":department"),
                                Json.createValue("Sales"))),
                quirk.rewrite(operation, USER));
    }

    @Test
    void rewriteWithOnlyQualifiedKeysLeavesNoPathlessOperation() {
        PatchOperation operation = only("[{\"op\":\"add\",\"value\":{\"name.familyName\":\"Jensen\"}}]");

        List<PatchOperation> rewritten = quirk.rewrite(operation, USER);

        assertEquals(1, rewritten.size());
        assertEquals(
                AttributePath.of("name", "familyName"), rewritten.get(0).path().attribute());
        assertEquals(PatchOp.ADD, rewritten.get(0).op());
    }

    @Test
    void rewriteTurnsFilteredKeyIntoFilteredPath() {
        PatchOperation operation =
                only("[{\"op\":\"add\",\"value\":{\"emails[type eq \\\"work\\\"].value\":\"a@x.org\"}}]");

        PatchOperation rewritten = quirk.rewrite(operation, USER).get(0);

        assertTrue(rewritten.path().hasValueFilter());
        assertEquals("value", rewritten.path().subAttribute());
    }

    @Test
    void rewriteTurnsScalarUnderUnregisteredUrnIntoPath() {
        PatchOperation operation =
                only("[{\"op\":\"replace\",\"value\":{\"" + OKTA_CUSTOM + ":badgeColour\":\"red\"}}]");

        assertTrue(quirk.appliesTo(operation, USER));
        assertEquals(
                new AttributePath(OKTA_CUSTOM, "badgeColour", null),
                quirk.rewrite(operation, USER).get(0).path().attribute());
    }

    @Test
    void rewriteOfUnparsableKeyIsInvalidPath() {
        PatchOperation operation = only("[{\"op\":\"replace\",\"value\":{\"name..givenName\":\"Ann\"}}]");

        assertScimError(ScimErrorType.INVALID_PATH, () -> quirk.rewrite(operation, USER));
    }

    @Test
    void notAppliedWhenKeysArePlainAttributeNames() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"replace\",\"value\":{\"active\":false}}]"), USER));
    }

    @Test
    void notAppliedWhenKeyIsExtensionUrnWithObject() {
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"replace\",\"value\":{\"" + ENTERPRISE + "\":{\"department\":\"Sales\"}}}]"), USER));
    }

    @Test
    void notAppliedWhenUnregisteredUrnCarriesAnObject() {
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"replace\",\"value\":{\"" + OKTA_CUSTOM + "\":{\"isAdmin\":true}}}]"), USER));
    }

    @Test
    void notAppliedWhenOperationHasPath() {
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"name.givenName\":\"A\"}}]"), USER));
    }

    @Test
    void notAppliedToRemove() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"remove\",\"path\":\"name.givenName\"}]"), USER));
    }

    private static PatchOperation only(String operations) {
        return request(operations).operations().get(0);
    }
}
