package dev.roster.directory.query;

/** What a filter's attribute path refers to in the database. */
sealed interface FilterTarget {

    /** A column of the resource's own table (alias {@code r}). */
    record Column(String expression, ValueKind kind, boolean nullable) implements FilterTarget {}

    /**
     * Rows of {@code scim_attribute_value}. {@code subAttr} null means "any sub-attribute" (presence of a
     * complex attribute); {@code kind} null likewise, since nothing is compared then.
     */
    record Indexed(String attr, String subAttr, ValueKind kind, dev.roster.scim.schema.AttributeDefinition definition)
            implements FilterTarget {}

    /** Group membership rows: a group's {@code members} or a user's {@code groups}. */
    record Membership(MembershipSide side, String subAttr) implements FilterTarget {}

    /** An attribute with the same value on every resource of the type ({@code meta.resourceType}). */
    record Constant(String value) implements FilterTarget {}

    /** Which end of {@code group_member} the resource is. */
    enum MembershipSide {
        /** The resource is the group; the other end is {@code member_id}. */
        GROUP_MEMBERS("group_id", "member_id"),
        /** The resource is the member; the other end is {@code group_id}. */
        USER_GROUPS("member_id", "group_id");

        final String ownColumn;
        final String otherColumn;

        MembershipSide(String ownColumn, String otherColumn) {
            this.ownColumn = ownColumn;
            this.otherColumn = otherColumn;
        }
    }
}
