package dev.roster.scim.schema;

import java.util.List;
import java.util.Optional;

/**
 * One attribute of a schema with the RFC 7643 section 7 characteristics. Immutable; built from the
 * schema documents shipped in {@code src/main/resources/scim/schemas}.
 */
public record AttributeDefinition(
        String name,
        AttributeType type,
        boolean multiValued,
        String description,
        boolean required,
        boolean caseExact,
        Mutability mutability,
        Returned returned,
        Uniqueness uniqueness,
        List<String> canonicalValues,
        List<String> referenceTypes,
        List<AttributeDefinition> subAttributes) {

    public AttributeDefinition {
        canonicalValues = List.copyOf(canonicalValues);
        referenceTypes = List.copyOf(referenceTypes);
        subAttributes = List.copyOf(subAttributes);
    }

    /** Sub-attribute by case-insensitive name. */
    public Optional<AttributeDefinition> subAttribute(String subName) {
        return subAttributes.stream()
                .filter(a -> a.name.equalsIgnoreCase(subName))
                .findFirst();
    }

    public boolean isComplex() {
        return type == AttributeType.COMPLEX;
    }

    public boolean isReadOnly() {
        return mutability == Mutability.READ_ONLY;
    }
}
