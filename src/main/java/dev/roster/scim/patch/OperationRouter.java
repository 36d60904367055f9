package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each operation of one PATCH to the writer for its target's shape: single-valued, multi-valued, Group
 * members, an unregistered extension, or a whole extension object. A path-less add/replace is taken apart into
 * one write per attribute of its value, with the same meaning as an operation with that attribute as path
 * (RFC 7644 section 3.5.2.1), except that readOnly and unknown attributes are skipped instead of refused.
 */
final class OperationRouter {

    private static final String SCHEMAS = "schemas";

    private final ResourceSchema schema;
    private final WorkingDocument document;
    private final TargetResolver resolver;
    private final MembersTranslator members;

    OperationRouter(ResourceSchema schema, WorkingDocument document, MembersTranslator members) {
        this.schema = schema;
        this.document = document;
        this.resolver = new TargetResolver(schema, document);
        this.members = members;
    }

    void apply(PatchOperation operation) {
        if (operation.hasPath()) {
            write(operation.op(), resolver.resolve(operation.path()), operation.value());
        } else {
            applyPathless(operation.op(), requireObject(operation.value(), "value"));
        }
    }

    private void write(PatchOp op, Target target, JsonValue value) {
        if (target instanceof Target.Attribute attribute) {
            if (attribute.attribute().multiValued()) {
                MultiValuedWriter.apply(document, op, attribute, value);
            } else {
                SingularWriter.apply(document, op, attribute, value);
            }
        } else if (target instanceof Target.Members membersTarget) {
            members.apply(op, membersTarget, value);
        } else if (target instanceof Target.PlainAttribute plain) {
            PlainJsonWriter.apply(document, op, plain, value);
        } else if (target instanceof Target.ExtensionObject extension) {
            writeExtensionObject(op, extension, value);
        }
        // Target.Discarded: accepted, nothing is stored.
    }

    private void writeExtensionObject(PatchOp op, Target.ExtensionObject extension, JsonValue value) {
        if (op == PatchOp.REMOVE) {
            document.removeExtension(extension.urn());
        } else {
            JsonObject attributes = requireObject(value, extension.urn());
            applyPathless(
                    op,
                    CachedJson.createObjectBuilder()
                            .add(extension.urn(), attributes)
                            .build());
        }
    }

    private void applyPathless(PatchOp op, JsonObject value) {
        for (Map.Entry<String, JsonValue> member : value.entrySet()) {
            String key = member.getKey();
            if (key.equalsIgnoreCase(SCHEMAS)) {
                continue; // derived from the document by the store, never set by a client
            }
            if (!key.regionMatches(true, 0, "urn:", 0, 4)) {
                writeValueKey(op, AttributePath.of(key), member.getValue());
            } else if (member.getValue().getValueType() == ValueType.NULL && !schema.isCoreSchema(key)) {
                document.removeExtension(key); // RFC 7643 section 2.5: null means unassigned
            } else if (schema.isCoreSchema(key)) {
                applyPathless(op, requireObject(member.getValue(), key));
            } else if (schema.extension(key).isPresent()) {
                String urn = schema.extension(key).get().id();
                requireObject(member.getValue(), key)
                        .forEach((name, attributeValue) ->
                                writeValueKey(op, new AttributePath(urn, name, null), attributeValue));
            } else if (schema.registry().schema(key).isEmpty()) {
                PlainJsonWriter.merge(document, op, key, requireObject(member.getValue(), key));
            }
            // else: a schema of another resource type, which has nothing to say about this resource
        }
    }

    private void writeValueKey(PatchOp op, AttributePath key, JsonValue value) {
        Optional<Target> target = resolver.resolveValueKey(key);
        target.ifPresent(t -> write(op, t, value));
    }

    private static JsonObject requireObject(JsonValue value, String name) {
        if (value == null || value.getValueType() != ValueType.OBJECT) {
            throw ScimException.invalidValue("'" + name + "' must be an object of attributes");
        }
        return value.asJsonObject();
    }
}
