package dev.roster.scim.service;

import dev.roster.json.CachedJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/** Which top-level attributes differ between two documents, with their values before and after. */
public final class AttributeChanges {

    private AttributeChanges() {}

    public static JsonObject between(JsonObject before, JsonObject after) {
        JsonObjectBuilder changes = CachedJson.createObjectBuilder();
        Set<String> keys = new LinkedHashSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (key.equals("schemas")) {
                continue;
            }
            JsonValue old = before == null ? null : before.get(key);
            JsonValue now = after.get(key);
            if (old == null ? now != null : !old.equals(now)) {
                changes.add(
                        key,
                        CachedJson.createObjectBuilder()
                                .add("before", old == null ? JsonValue.NULL : old)
                                .add("after", now == null ? JsonValue.NULL : now));
            }
        }
        return changes.build();
    }
}
