package dev.roster.scim.patch.quirks;

import dev.roster.json.CachedJson;
import dev.roster.scim.patch.PatchOp;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.PatchPaths;
import dev.roster.scim.patch.ResourceSchema;
import dev.roster.scim.schema.ResourceTypeDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Microsoft Entra ID, with its newer PATCH behaviour switched on, sends path-less add/replace operations whose
 * value uses attribute <em>paths</em> as keys:
 * {@code {"op":"replace","value":{"name.givenName":"Ann","urn:…:enterprise:2.0:User:department":"Sales"}}}.
 * RFC 7644 section 3.5.2 expects attribute names there, with extension attributes nested under their schema URN.
 *
 * <p>Each qualified key (dotted, filtered, or a URN followed by an attribute name) becomes an operation of its own
 * with that key as path; the plain keys stay together in one path-less operation, in front, so that their
 * lenient path-less handling (readOnly keys ignored) is kept.
 *
 * <p>Not applied to: operations with a path; removes; a key that is exactly a schema URN with an object value
 * (the standard extension form); a key under an unregistered URN whose value is an object (that is an
 * extension object of its own, such as Okta's custom schema).
 */
public final class QualifiedKeysInPathlessValue implements PatchQuirk {

    @Override
    public boolean appliesTo(PatchOperation operation, ResourceSchema schema) {
        if (operation.hasPath()
                || operation.op() == PatchOp.REMOVE
                || !operation.hasValue()
                || operation.value().getValueType() != ValueType.OBJECT) {
            return false;
        }
        return operation.value().asJsonObject().entrySet().stream()
                .anyMatch(member -> isQualified(member.getKey(), member.getValue(), schema));
    }

    @Override
    public List<PatchOperation> rewrite(PatchOperation operation, ResourceSchema schema) {
        JsonObjectBuilder plain = CachedJson.createObjectBuilder();
        List<PatchOperation> qualified = new ArrayList<>();
        for (Map.Entry<String, JsonValue> member :
                operation.value().asJsonObject().entrySet()) {
            if (isQualified(member.getKey(), member.getValue(), schema)) {
                qualified.add(new PatchOperation(operation.op(), PatchPaths.parse(member.getKey()), member.getValue()));
            } else {
                plain.add(member.getKey(), member.getValue());
            }
        }
        List<PatchOperation> rewritten = new ArrayList<>();
        JsonObject plainValue = plain.build();
        if (!plainValue.isEmpty()) {
            rewritten.add(PatchOperation.pathless(operation.op(), plainValue));
        }
        rewritten.addAll(qualified);
        return rewritten;
    }

    private static boolean isQualified(String key, JsonValue value, ResourceSchema schema) {
        if (!key.regionMatches(true, 0, "urn:", 0, 4)) {
            return key.indexOf('.') >= 0 || key.indexOf('[') >= 0;
        }
        if (schema.isKnownSchema(key) || schema.registry().schema(key).isPresent()) {
            return false; // {"urn:…:enterprise:2.0:User": {…}} is the standard form
        }
        boolean underKnownSchema =
                schemaIds(schema.type()).anyMatch(id -> key.regionMatches(true, 0, id + ":", 0, id.length() + 1));
        return underKnownSchema || value.getValueType() != ValueType.OBJECT;
    }

    private static Stream<String> schemaIds(ResourceTypeDefinition type) {
        return Stream.concat(
                Stream.of(type.schema().id()),
                type.extensions().stream().map(e -> e.schema().id()));
    }
}
