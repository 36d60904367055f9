package dev.roster.scim.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.AttributeType;
import dev.roster.scim.schema.Mutability;
import dev.roster.scim.schema.Returned;
import dev.roster.scim.schema.Uniqueness;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types no shipped client-writable attribute uses (integer, decimal, dateTime) checked on their own. */
class AttributeValueNormalizerTest {

    private static AttributeDefinition simple(AttributeType type) {
        return new AttributeDefinition(
                "x",
                type,
                false,
                "x",
                false,
                false,
                Mutability.READ_WRITE,
                Returned.DEFAULT,
                Uniqueness.NONE,
                List.of(),
                List.of(),
                List.of());
    }

    private static JsonValue normalize(AttributeType type, JsonValue value) {
        return AttributeValueNormalizer.normalize(simple(type), value, "x");
    }

    private static void assertInvalid(AttributeType type, JsonValue value) {
        ScimException e = assertThrows(ScimException.class, () -> normalize(type, value));
        assertTrue(e.detail().contains("'x'"), e.detail());
    }

    @Test
    void integerAcceptsIntegralNumbersOnly() {
        assertEquals(Json.createValue(42), normalize(AttributeType.INTEGER, Json.createValue(42)));
        assertInvalid(AttributeType.INTEGER, Json.createValue(4.5));
        assertInvalid(AttributeType.INTEGER, Json.createValue("42"));
    }

    @Test
    void decimalAcceptsAnyNumber() {
        assertEquals(Json.createValue(4.5), normalize(AttributeType.DECIMAL, Json.createValue(4.5)));
        assertInvalid(AttributeType.DECIMAL, Json.createValue("4.5"));
    }

    @Test
    void dateTimeAcceptsIso8601AsSentByMicrosoft() {
        JsonValue value = Json.createValue("2015-10-10T14:38:21.8617979-07:00");
        assertEquals(value, normalize(AttributeType.DATE_TIME, value));
        assertEquals(
                Json.createValue("2011-05-13T04:42:34Z"),
                normalize(AttributeType.DATE_TIME, Json.createValue("2011-05-13T04:42:34Z")));
        assertInvalid(AttributeType.DATE_TIME, Json.createValue("13/05/2011"));
        assertInvalid(AttributeType.DATE_TIME, Json.createValue(1305201));
    }

    @Test
    void booleanCoercesStringsInAnyCaseOnly() {
        assertEquals(JsonValue.TRUE, normalize(AttributeType.BOOLEAN, Json.createValue("tRuE")));
        assertEquals(JsonValue.FALSE, normalize(AttributeType.BOOLEAN, Json.createValue("False")));
        assertInvalid(AttributeType.BOOLEAN, Json.createValue("0"));
    }

    @Test
    void nullIsUnassigned() {
        assertNull(normalize(AttributeType.STRING, JsonValue.NULL));
    }
}
