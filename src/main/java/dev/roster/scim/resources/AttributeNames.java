package dev.roster.scim.resources;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How SCIM attribute names are written on the wire: case-insensitive, dotted for sub-attributes, and
 * prefixed by a schema URN for extensions. Shared by projection and normalisation so both read names alike.
 */
final class AttributeNames {

    private AttributeNames() {}

    /** {@code name.givenName} → [name, givenName]; blank segments are dropped. */
    static List<String> dotted(String name) {
        return Arrays.stream(name.split("\\."))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** [first, rest…]. */
    static List<String> prefixed(String first, List<String> rest) {
        List<String> path = new ArrayList<>(rest.size() + 1);
        path.add(first);
        path.addAll(rest);
        return path;
    }

    /** A key that names a schema (extension object) or a URN-qualified attribute. */
    static boolean isUrn(String key) {
        return key.regionMatches(true, 0, "urn:", 0, 4);
    }

    /** True when {@code name} is {@code urn + ":" + something}, ignoring case. */
    static boolean qualifiedBy(String name, String urn) {
        return name.length() > urn.length() + 1 && name.regionMatches(true, 0, urn + ":", 0, urn.length() + 1);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The object's members keyed by lower-cased name; the last spelling wins when a client repeats a name. */
    static Map<String, JsonValue> byLowerCaseName(JsonObject object) {
        Map<String, JsonValue> byName = new LinkedHashMap<>();
        object.forEach((k, v) -> byName.put(lower(k), v));
        return byName;
    }
}
