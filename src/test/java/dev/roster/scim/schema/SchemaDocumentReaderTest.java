package dev.roster.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken schema document must stop start-up with a message that names the document and the attribute. */
class SchemaDocumentReaderTest {

    private static final String GOOD_ATTRIBUTE = "{\"name\":\"title\",\"type\":\"string\",\"multiValued\":false,"
            + "\"description\":\"d\",\"required\":false,\"caseExact\":false,\"mutability\":\"readWrite\","
            + "\"returned\":\"default\",\"uniqueness\":\"none\"}";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject document(String attribute) {
        return json("{\"id\":\"urn:test\",\"name\":\"T\",\"description\":\"d\",\"attributes\":[" + attribute + "]}");
    }

    @Test
    void readsAWellFormedDocument() {
        SchemaDefinition schema = SchemaDocumentReader.read("Test.json", document(GOOD_ATTRIBUTE));
        assertEquals("urn:test", schema.id());
        assertEquals(
                Mutability.READ_WRITE, schema.attribute("TITLE").orElseThrow().mutability());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "misspelled key        | \"mutability\":\"readWrite\" | \"mutabilty\":\"readWrite\" | unknown key \"mutabilty\"",
                "unknown type          | \"type\":\"string\"          | \"type\":\"text\"          | unknown attribute type text",
                "string for boolean    | \"required\":false           | \"required\":\"false\"     | needs a boolean \"required\"",
                "bad returned          | \"returned\":\"default\"     | \"returned\":\"sometimes\" | unknown returned sometimes",
                "complex without subs  | \"type\":\"string\"          | \"type\":\"complex\"       | complex but has no subAttributes",
                "reference w/o types   | \"type\":\"string\"          | \"type\":\"reference\"     | reference without referenceTypes",
            })
    void rejectsMalformedAttribute(String why, String good, String bad, String expected) {
        JsonObject broken = document(GOOD_ATTRIBUTE.replace(good, bad));
        SchemaDocumentException e =
                assertThrows(SchemaDocumentException.class, () -> SchemaDocumentReader.read("Broken.json", broken));
        assertTrue(e.getMessage().contains("Broken.json"), e.getMessage());
        assertTrue(e.getMessage().contains("urn:test attribute title"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void rejectsDuplicateNamesDifferingOnlyInCase() {
        JsonObject broken = document(GOOD_ATTRIBUTE + "," + GOOD_ATTRIBUTE.replace("\"title\"", "\"Title\""));
        SchemaDocumentException e =
                assertThrows(SchemaDocumentException.class, () -> SchemaDocumentReader.read("Broken.json", broken));
        assertTrue(e.getMessage().contains("defines attribute Title twice"), e.getMessage());
    }

    @Test
    void rejectsDocumentWithoutId() {
        assertThrows(
                SchemaDocumentException.class,
                () -> SchemaDocumentReader.read(
                        "Broken.json", json("{\"name\":\"T\",\"description\":\"d\",\"attributes\":[]}")));
    }

    @Test
    void rejectsMissingResource() {
        SchemaDocumentException e = assertThrows(
                SchemaDocumentException.class, () -> SchemaDocumentReader.readResource("/scim/schemas/Nope.json"));
        assertTrue(e.getMessage().contains("Nope.json"));
    }
}
