package dev.roster.resolution.apikeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntegrationScopeTest {

    @Test
    void allIncludesEveryIntegration() {
        assertTrue(IntegrationScope.ALL.all());
        assertTrue(IntegrationScope.ALL.includes("okta-prod-x7k2q9"));
        assertTrue(IntegrationScope.ALL.includes("default"));
    }

    @Test
    void aListIncludesExactlyItsIntegrations() {
        IntegrationScope scope = IntegrationScope.only(List.of("okta-a", "entra-b", "okta-a"));
        assertFalse(scope.all());
        assertEquals(Set.of("okta-a", "entra-b"), scope.integrationIds());
        assertTrue(scope.includes("okta-a"));
        assertTrue(scope.includes("entra-b"));
        assertFalse(scope.includes("okta-c"));
        assertFalse(scope.includes("OKTA-A"), "ids are compared exactly");
        assertFalse(scope.includes(null));
    }

    @Test
    void aKeyWhoseIntegrationsWereAllDeletedReadsNothing() {
        IntegrationScope nothing = IntegrationScope.only(List.of());
        assertFalse(nothing.all(), "an empty list is not 'all'");
        assertFalse(nothing.includes("okta-a"));
    }
}
