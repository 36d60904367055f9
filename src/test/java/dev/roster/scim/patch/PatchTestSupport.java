package dev.roster.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.patch.quirks.QuirkSet;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.function.Executable;

/** Schemas, documents and one-line PATCH application for the PATCH tests. */
public final class PatchTestSupport {

    public static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    /** The default of roster.scim.patch.max-operations. */
    public static final int MAX_OPERATIONS = 1000;

    public static final ResourceSchema USER = new ResourceSchema(REGISTRY, REGISTRY.user());
    public static final ResourceSchema GROUP = new ResourceSchema(REGISTRY, REGISTRY.group());
    public static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER_SCHEMA;
    public static final String OKTA_CUSTOM = "urn:okta:roster_app:1.0:user:custom";

    private static final PatchEngine ENGINE = new PatchEngine();

    private PatchTestSupport() {}

    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonValue jsonValue(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** A JSON file under {@code src/test/resources/fixtures/patch/}. */
    public static JsonObject fixture(String name) {
        String resource = "/fixtures/patch/" + name;
        try (InputStream in = PatchTestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored form of Barbara Jensen: work email primary, enterprise department, Okta custom extension. */
    public static JsonObject storedUser() {
        return fixture("stored-user.json");
    }

    public static JsonObject storedGroup() {
        return fixture("stored-group.json");
    }

    /** A PatchOp body around {@code operations}, a JSON array. */
    public static PatchRequest request(String operations) {
        return PatchRequest.fromJson(
                json("{\"schemas\":[\"" + PatchRequest.PATCH_OP_SCHEMA + "\"]," + "\"Operations\":" + operations + "}"),
                MAX_OPERATIONS);
    }

    /** Strict RFC 7644: no quirks. */
    public static PatchResult patch(ResourceSchema schema, JsonObject document, String operations) {
        return ENGINE.apply(schema, document, request(operations));
    }

    /** As the store will do it: every quirk first, then the engine. */
    public static PatchResult patchWithQuirks(ResourceSchema schema, JsonObject document, PatchRequest request) {
        return ENGINE.apply(schema, document, QuirkSet.all().normalise(request, schema));
    }

    public static ScimException assertScimError(ScimErrorType expected, Executable executable) {
        ScimException error = assertThrows(ScimException.class, executable);
        assertEquals(expected, error.scimType(), () -> "detail: " + error.detail());
        assertEquals(400, error.status());
        return error;
    }
}
