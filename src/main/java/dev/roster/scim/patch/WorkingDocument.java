package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The copy of a resource document that one PATCH modifies. The caller's document is never touched, so an
 * operation that fails half-way leaves nothing behind: the copy is simply dropped (RFC 7644 section 3.5.2,
 * operations are atomic).
 *
 * <p>Attributes live at the root ({@code container == null}) or in an extension object under its URN key.
 * Writing an unassigned value (null, empty array, empty object; RFC 7643 section 2.5) removes the attribute,
 * and an extension object left empty is removed too.
 */
final class WorkingDocument {

    private final Map<String, JsonValue> root;

    WorkingDocument(JsonObject document) {
        this.root = new LinkedHashMap<>(document);
    }

    JsonValue get(String container, String name) {
        return CaseInsensitiveJson.get(container == null ? root : extension(container), name);
    }

    /** Sets {@code name} (schema spelling) in the container, or removes it when the value is unassigned. */
    void put(String container, String name, JsonValue value) {
        if (container == null) {
            CaseInsensitiveJson.findKey(root, name).ifPresent(root::remove);
            if (!isUnassigned(value)) {
                root.put(name, value);
            }
            return;
        }
        JsonObject extension = extension(container);
        putExtension(
                container,
                isUnassigned(value)
                        ? CaseInsensitiveJson.without(extension, name)
                        : CaseInsensitiveJson.with(extension, name, value));
    }

    void remove(String container, String name) {
        put(container, name, null);
    }

    boolean hasExtension(String urn) {
        return CaseInsensitiveJson.findKey(root, urn).isPresent();
    }

    /** The extension object under {@code urn}, empty when absent (or not an object). */
    JsonObject extension(String urn) {
        JsonValue extension = CaseInsensitiveJson.get(root, urn);
        return extension != null && extension.getValueType() == ValueType.OBJECT
                ? extension.asJsonObject()
                : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** Replaces the extension object; an empty one is removed. Keeps the URN spelling already in the document. */
    void putExtension(String urn, JsonObject extension) {
        String key = CaseInsensitiveJson.findKey(root, urn).orElse(urn);
        if (extension.isEmpty()) {
            root.remove(key);
        } else {
            root.put(key, extension);
        }
    }

    void removeExtension(String urn) {
        CaseInsensitiveJson.findKey(root, urn).ifPresent(root::remove);
    }

    JsonObject toJson() {
        JsonObjectBuilder builder = CachedJson.createObjectBuilder();
        root.forEach(builder::add);
        return builder.build();
    }

    /** RFC 7643 section 2.5: null, an empty array and (for complex values) an empty object all mean "no value". */
    static boolean isUnassigned(JsonValue value) {
        if (value == null) {
            return true;
        }
        return switch (value.getValueType()) {
            case NULL -> true;
            case ARRAY -> value.asJsonArray().isEmpty();
            case OBJECT -> value.asJsonObject().isEmpty();
            default -> false;
        };
    }
}
