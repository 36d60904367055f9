package dev.roster.resolution.apikeys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.resolution.apikeys.IntegrationScope;
import dev.roster.web.api.problem.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code integrations} of a new key's request: absent is every integration; otherwise a real list. */
class ApiKeyScopeRequestTest {

    @Test
    void absentMeansEveryIntegration() {
        assertSame(IntegrationScope.ALL, ApiKeysResource.scope(null));
    }

    @Test
    void aListIsTheKeysIntegrationsEachOnce() {
        assertEquals(
                Set.of("okta-a", "entra-b"),
                ApiKeysResource.scope(List.of("okta-a", "entra-b", "okta-a")).integrationIds());
    }

    @Test
    void anEmptyOrOverlongListOrABlankIdIsABadRequest() {
        assertEquals(
                400,
                assertThrows(ApiProblem.class, () -> ApiKeysResource.scope(List.of()))
                        .status());
        List<String> tooMany = new ArrayList<>(Collections.nCopies(ApiKeysResource.MAX_SCOPE + 1, "okta-a"));
        assertEquals(
                400,
                assertThrows(ApiProblem.class, () -> ApiKeysResource.scope(tooMany))
                        .status());
        assertEquals(
                400,
                assertThrows(ApiProblem.class, () -> ApiKeysResource.scope(Arrays.asList("okta-a", null)))
                        .status());
        assertEquals(
                400,
                assertThrows(ApiProblem.class, () -> ApiKeysResource.scope(List.of(" ")))
                        .status());
    }
}
