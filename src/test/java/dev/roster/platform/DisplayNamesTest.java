package dev.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void aNameIsStripped() {
        assertEquals("data-proxy prod", DisplayNames.require("  data-proxy prod ", "name", IllegalStateException::new));
    }

    @Test
    void emptyOrTooLongNamesAreRefusedWithTheCallersException() {
        for (String bad : new String[] {null, "", "   ", "x".repeat(201)}) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> DisplayNames.require(bad, "name", IllegalStateException::new));
            assertEquals("name must have 1 to 200 characters", e.getMessage());
        }
        assertEquals(
                200,
                DisplayNames.require("x".repeat(200), "name", IllegalStateException::new)
                        .length());
    }

    @Test
    void controlCharactersAreRefused() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> DisplayNames.require("a\nb", "looker.clientId", IllegalStateException::new));
        assertEquals("looker.clientId must not contain control characters", e.getMessage());
    }
}
