package dev.roster.directory.index;

/**
 * One row of {@code scim_attribute_value}: a (sub-)attribute value in the typed column that its schema type
 * calls for. Text is kept twice, as written (caseExact comparisons) and lower-cased (the rest).
 */
public record AttributeRow(
        String attr, String subAttr, int elem, String text, String textCi, Double number, Boolean bool) {

    /** Longest text kept in the index; PostgreSQL B-tree entries must stay well under 2,700 bytes. */
    public static final int MAX_INDEXED_CHARS = 512;
}
