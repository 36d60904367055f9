package dev.roster.scim.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeListParserTest {

    @Test
    void splitsOnCommasAndTrims() {
        assertEquals(List.of("userName", "name.givenName"), AttributeListParser.names(" userName , name.givenName "));
    }

    @Test
    void skipsEmptyElementsAndAbsentParameter() {
        assertEquals(List.of("a", "b"), AttributeListParser.names("a,,b,"));
        assertEquals(List.of(), AttributeListParser.names(null));
        assertEquals(List.of(), AttributeListParser.names("  "));
    }

    @Test
    void cutsValueFilterOutOfTheName() {
        assertEquals(List.of("emails"), AttributeListParser.names("emails[type eq \"work\"]"));
        assertEquals(
                List.of("emails.value", "userName"),
                AttributeListParser.names("emails[type eq \"work\" and value co \",]\"].value,userName"));
    }

    @Test
    void keepsUrnNamesWhole() {
        assertEquals(
                List.of("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"),
                AttributeListParser.names("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"));
    }
}
