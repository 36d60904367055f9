package dev.roster.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttributePathTest {

    @Test
    void namesMatchCaseInsensitively() {
        assertTrue(AttributePath.of("name", "FamilyName").matches(AttributePath.of("NAME", "familyName")));
        assertFalse(AttributePath.of("name", "familyName").matches(AttributePath.of("name")));
    }

    @Test
    void keyIsLowerCaseDotted() {
        assertEquals("name.givenname", AttributePath.of("Name", "givenName").key());
    }
}
