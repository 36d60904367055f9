package dev.roster.directory.index;

import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.AttributeType;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaDefinition;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a canonical resource document into the rows of {@code scim_attribute_value}, so that filters on
 * any attribute run as indexed queries. Attributes with columns of their own (userName, externalId, active,
 * a group's displayName) are skipped, as are binary values and extension schemas Roster does not know.
 */
public final class AttributeIndexer {

    private final ResourceTypeDefinition type;
    private final Set<String> columnBacked;

    /**
     * @param columnBacked lower-cased names of core attributes stored in columns of the resource's own table
     */
    public AttributeIndexer(ResourceTypeDefinition type, Set<String> columnBacked) {
        this.type = type;
        this.columnBacked = Set.copyOf(columnBacked);
    }

    public List<AttributeRow> rows(JsonObject document) {
        List<AttributeRow> rows = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : document.entrySet()) {
            String key = entry.getKey();
            if (key.equals("schemas")) {
                continue;
            }
            SchemaDefinition extension = extensionSchema(key);
            if (extension != null) {
                if (entry.getValue() instanceof JsonObject object) {
                    addSchemaAttributes(rows, extension, object);
                }
            } else if (!columnBacked.contains(key.toLowerCase(Locale.ROOT))) {
                type.schema()
                        .attribute(key)
                        .ifPresent(def -> addAttribute(
                                rows, IndexedNames.attr(type, type.schema().id(), def.name()), def, entry.getValue()));
            }
        }
        return rows;
    }

    private SchemaDefinition extensionSchema(String key) {
        for (ResourceTypeDefinition.SchemaExtension extension : type.extensions()) {
            if (extension.schema().id().equalsIgnoreCase(key)) {
                return extension.schema();
            }
        }
        return null;
    }

    private void addSchemaAttributes(List<AttributeRow> rows, SchemaDefinition schema, JsonObject object) {
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            schema.attribute(entry.getKey())
                    .ifPresent(def -> addAttribute(
                            rows, IndexedNames.attr(type, schema.id(), def.name()), def, entry.getValue()));
        }
    }

    private static void addAttribute(List<AttributeRow> rows, String attr, AttributeDefinition def, JsonValue value) {
        if (def.multiValued() && value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                addElement(rows, attr, def, i, array.get(i));
            }
        } else {
            addElement(rows, attr, def, 0, value);
        }
    }

    private static void addElement(
            List<AttributeRow> rows, String attr, AttributeDefinition def, int elem, JsonValue value) {
        if (def.isComplex()) {
            if (value instanceof JsonObject object) {
                for (Map.Entry<String, JsonValue> sub : object.entrySet()) {
                    def.subAttribute(sub.getKey())
                            .ifPresent(subDef -> addValue(
                                    rows, attr, IndexedNames.sub(subDef.name()), elem, subDef.type(), sub.getValue()));
                }
            }
        } else {
            addValue(rows, attr, "", elem, def.type(), value);
        }
    }

    private static void addValue(
            List<AttributeRow> rows, String attr, String sub, int elem, AttributeType type, JsonValue value) {
        AttributeRow row = switch (type) {
            case STRING, REFERENCE -> value instanceof JsonString s ? textRow(attr, sub, elem, s.getString()) : null;
            case BOOLEAN ->
                value == JsonValue.TRUE || value == JsonValue.FALSE
                        ? new AttributeRow(attr, sub, elem, null, null, null, value == JsonValue.TRUE)
                        : null;
            case INTEGER, DECIMAL ->
                value instanceof JsonNumber n
                        ? new AttributeRow(attr, sub, elem, null, null, n.doubleValue(), null)
                        : null;
            case DATE_TIME -> value instanceof JsonString s ? dateRow(attr, sub, elem, s.getString()) : null;
            case BINARY, COMPLEX -> null;
        };
        if (row != null) {
            rows.add(row);
        }
    }

    private static AttributeRow textRow(String attr, String sub, int elem, String text) {
        String kept = text.length() > AttributeRow.MAX_INDEXED_CHARS
                ? text.substring(0, AttributeRow.MAX_INDEXED_CHARS)
                : text;
        return new AttributeRow(attr, sub, elem, kept, kept.toLowerCase(Locale.ROOT), null, null);
    }

    private static AttributeRow dateRow(String attr, String sub, int elem, String text) {
        var millis = ScimDateTimes.toEpochMillis(text);
        return new AttributeRow(
                attr,
                sub,
                elem,
                text,
                text.toLowerCase(Locale.ROOT),
                millis.isPresent() ? (double) millis.getAsLong() : null,
                null);
    }
}
