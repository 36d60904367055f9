package dev.roster.scim.schema;

/** RFC 7643 section 2.3 data types, with their wire names. */
public enum AttributeType {
    STRING("string"),
    BOOLEAN("boolean"),
    DECIMAL("decimal"),
    INTEGER("integer"),
    DATE_TIME("dateTime"),
    BINARY("binary"),
    REFERENCE("reference"),
    COMPLEX("complex");

    private final String wireName;

    AttributeType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AttributeType fromWire(String name) {
        for (AttributeType t : values()) {
            if (t.wireName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown attribute type " + name);
    }

    /** Types whose values compare as text (caseExact applies). */
    public boolean isText() {
        return this == STRING || this == REFERENCE || this == BINARY;
    }
}
