package dev.roster.resolution.carrier;

import dev.roster.json.CachedJson;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * Object builders for claim details from one cached factory: {@code CachedJson.createObjectBuilder()} looks the
 * JSON-P provider up on every call, which costs more than parsing a whole statement.
 */
final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = CachedJson.createBuilderFactory(Map.of());

    private JsonBuilders() {}

    static JsonObjectBuilder objectBuilder() {
        return FACTORY.createObjectBuilder();
    }

    static JsonObjectBuilder objectBuilder(JsonObject initial) {
        return FACTORY.createObjectBuilder(initial);
    }
}
