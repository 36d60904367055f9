package dev.roster.scim.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.function.Executable;

/** JSON and assertion helpers for the bulk tests. */
final class BulkTestSupport {

    static final String SCHEMA = "[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"]";

    private BulkTestSupport() {}

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** A BulkRequest body with these operations (a JSON array's contents). */
    static JsonObject bulk(String operations) {
        return json("{\"schemas\":" + SCHEMA + ",\"Operations\":[" + operations + "]}");
    }

    static BulkRequest read(String operations) {
        return BulkRequestReader.read(bulk(operations), 1000);
    }

    static ScimException assertScimError(int status, ScimErrorType type, Executable executable) {
        ScimException e = assertThrows(ScimException.class, executable);
        assertEquals(status, e.status(), e.detail());
        assertEquals(type, e.scimType(), e.detail());
        return e;
    }
}
