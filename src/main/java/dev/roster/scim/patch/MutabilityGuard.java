package dev.roster.scim.patch;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.Mutability;
import jakarta.json.JsonValue;

/**
 * The mutability rules of RFC 7644 section 3.5.2 for values that change: an immutable attribute may be set while
 * it has no value but never changed afterwards, and removing a required attribute (or leaving it unassigned) is a
 * {@code mutability} error (section 3.5.2.2). ReadOnly targets are refused earlier, when the path is resolved.
 */
final class MutabilityGuard {

    private MutabilityGuard() {}

    /** Refuses turning {@code current} into {@code next} (null or unassigned means removal). */
    static void checkChange(AttributeDefinition definition, String label, JsonValue current, JsonValue next) {
        boolean assigned = !WorkingDocument.isUnassigned(current);
        boolean unassigning = WorkingDocument.isUnassigned(next);
        if (unassigning && definition.required() && assigned) {
            throw ScimException.mutability("Attribute '" + label + "' is required and cannot be removed");
        }
        if (definition.mutability() == Mutability.IMMUTABLE && assigned && !current.equals(next)) {
            throw ScimException.mutability("Attribute '" + label + "' is immutable and already has a value");
        }
    }
}
