package dev.roster.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntegrationIdsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Okta prod|okta-prod",
                "  Entra ID (EU)  |entra-id-eu",
                "Zürich Büro|zurich-buro",
                "snake_case_name|snake-case-name",
                "---|integration",
                "日本|integration",
                "A/B\\C?D#E|a-b-c-d-e"
            })
    void slugKeepsLettersAndDigitsOnly(String name, String slug) {
        assertEquals(slug, IntegrationIds.slug(name));
    }

    @Test
    void slugIsCutToItsMaximumWithoutATrailingHyphen() {
        String slug = IntegrationIds.slug("a".repeat(39) + " b and more words");
        assertTrue(slug.length() <= IntegrationIds.SLUG_MAX);
        assertFalse(slug.endsWith("-"));
    }

    @Test
    void generatedIdsAreUrlSafeWithoutUnderscoreAndDiffer() {
        Set<String> ids = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            String id = IntegrationIds.generate("Okta_prod " + i % 3, random);
            assertTrue(IntegrationIds.isValid(id), id);
            assertFalse(id.contains("_"), id);
            assertTrue(id.matches("okta-prod-[0-2]-[a-z2-9]{6}"), id);
            ids.add(id);
        }
        assertEquals(1000, ids.size());
        assertNotEquals(IntegrationIds.generate("x"), IntegrationIds.generate("x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "okta-prod-k3x9pq", "a", "a1"})
    void validIds(String id) {
        assertTrue(IntegrationIds.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "A", "a_b", "a b", "a/b", "a.b"})
    void invalidIds(String id) {
        assertFalse(IntegrationIds.isValid(id));
    }

    @Test
    void idsAreAtMost64Characters() {
        assertFalse(IntegrationIds.isValid("a".repeat(65)));
        assertTrue(IntegrationIds.isValid(IntegrationIds.generate("x".repeat(300))));
    }
}
