package dev.roster.scim.patch.quirks;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.GROUP;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.scim.patch.PatchOp;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.PatchPaths;
import dev.roster.scim.patch.PatchRequest;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry order: later quirks see what earlier ones produced. */
class QuirkSetTest {

    @Test
    void normaliseCoercesBooleanBehindQualifiedKey() {
        PatchRequest request =
                request("[{\"op\":\"replace\",\"value\":{\"emails[type eq \\\"work\\\"].primary\":\"True\"}}]");

        PatchRequest normalised = QuirkSet.all().normalise(request, USER);

        assertEquals(
                List.of(new PatchOperation(
                        PatchOp.REPLACE, PatchPaths.parse("emails[type eq \"work\"].primary"), JsonValue.TRUE)),
                normalised.operations());
    }

    @Test
    void normaliseRemovesPlainStringMembersByFilter() {
        PatchRequest request = request("[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[\"u1\"]}]");

        PatchRequest normalised = QuirkSet.all().normalise(request, GROUP);

        assertEquals(
                List.of(new PatchOperation(PatchOp.REMOVE, PatchPaths.parse("members[value eq \"u1\"]"), null)),
                normalised.operations());
    }

    @Test
    void normaliseWithNoQuirksKeepsRequest() {
        PatchRequest request = request("[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"False\"}]");

        assertEquals(request, QuirkSet.none().normalise(request, USER));
    }

    @Test
    void withoutSwitchesOneQuirkOff() {
        PatchRequest request =
                request("[{\"op\":\"replace\",\"value\":{\"" + ENTERPRISE + ":department\":\"Sales\"}}]");

        QuirkSet set = QuirkSet.all().without(QualifiedKeysInPathlessValue.class);

        assertEquals(3, set.quirks().size());
        assertEquals(request, set.normalise(request, USER));
    }
}
