package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * Member access on JSON objects by SCIM attribute name. SCIM names are case-insensitive (RFC 7643 section 2.1),
 * so {@code "Name": {"GivenName": …}} must find and replace {@code name.givenName}, and writing must not leave
 * two spellings of one attribute behind.
 */
public final class CaseInsensitiveJson {

    private CaseInsensitiveJson() {}

    /** The key as spelled in {@code object}, if any spelling of {@code name} is present. */
    public static Optional<String> findKey(Map<String, ? extends JsonValue> object, String name) {
        if (object.containsKey(name)) {
            return Optional.of(name);
        }
        return object.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst();
    }

    /** The member named {@code name} in any spelling, or null. */
    public static JsonValue get(Map<String, ? extends JsonValue> object, String name) {
        return findKey(object, name).map(object::get).orElse(null);
    }

    /** A copy of {@code object} with {@code name} (in this spelling) set to {@code value}, other spellings gone. */
    public static JsonObject with(JsonObject object, String name, JsonValue value) {
        JsonObjectBuilder builder = CachedJson.createObjectBuilder();
        boolean written = false;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (member.getKey().equalsIgnoreCase(name)) {
                if (!written) {
                    builder.add(name, value); // keep the member's position in the object
                    written = true;
                }
            } else {
                builder.add(member.getKey(), member.getValue());
            }
        }
        if (!written) {
            builder.add(name, value);
        }
        return builder.build();
    }

    /** A copy of {@code object} without any spelling of {@code name}. */
    public static JsonObject without(JsonObject object, String name) {
        JsonObjectBuilder builder = CachedJson.createObjectBuilder();
        object.forEach((key, value) -> {
            if (!key.equalsIgnoreCase(name)) {
                builder.add(key, value);
            }
        });
        return builder.build();
    }
}
