package dev.roster.directory.store;

import dev.roster.json.CachedJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** Documents as stored text and back. */
final class JsonText {

    private JsonText() {}

    static String write(JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = CachedJson.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    static JsonObject read(String text) {
        try (JsonReader reader = CachedJson.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
