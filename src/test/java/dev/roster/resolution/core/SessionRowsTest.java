package dev.roster.resolution.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.resolution.carrier.CarrierFinding;
import dev.roster.resolution.carrier.EmailFinding;
import dev.roster.resolution.carrier.TableauUserFinding;
import dev.roster.resolution.carrier.UnattributedFinding;
import dev.roster.resolution.carrier.UnattributedReason;
import dev.roster.resolution.rest.ResolutionPaths;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stored session carriers decode to the findings they were, and the resolution paths are recognised exactly. */
class SessionRowsTest {

    @Test
    void storedCarriersDecode() {
        CarrierFinding user = SessionCarrierStore.Rows.decode("TABLEAU_ENDUSER", "jdoe", "CORP", null, null)
                .orElseThrow();
        assertEquals(new TableauUserFinding(0, "jdoe", Optional.of("CORP")), user);
        assertEquals(
                EmailFinding.tableau(0, "j@example.com"),
                SessionCarrierStore.Rows.decode("TABLEAU_EMAIL", "j@example.com", null, null, null)
                        .orElseThrow());
        CarrierFinding empty = SessionCarrierStore.Rows.decode("TABLEAU_ENDUSER", null, null, "empty-user", "refresh")
                .orElseThrow();
        assertEquals(UnattributedReason.EMPTY_USER, ((UnattributedFinding) empty).reason());
        assertTrue(SessionCarrierStore.Rows.decode("TABLEAU_ENDUSER", null, null, "unheard-of", null)
                .isEmpty());
    }

    @Test
    void resolutionPathsAreExact() {
        assertTrue(ResolutionPaths.isResolution("resolve"));
        assertTrue(ResolutionPaths.isResolution("/resolve/"));
        assertTrue(ResolutionPaths.isResolution("integrations/okta-1/identities/jane%40example.com"));
        assertFalse(ResolutionPaths.isResolution("integrations/okta-1/identities"));
        assertFalse(ResolutionPaths.isResolution("integrations/okta-1/users/x"));
        assertFalse(ResolutionPaths.isResolution("integrations/okta-1/identities/a/b"));
        assertFalse(ResolutionPaths.isResolution("resolvex"));
        assertFalse(ResolutionPaths.isResolution("repositories"));
    }
}
