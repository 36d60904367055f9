package dev.roster.scim.patch;

import dev.roster.scim.filter.Filter;
import dev.roster.scim.schema.AttributeDefinition;

/** What a PATCH path (or a key of a path-less value) operates on, once resolved against the schema. */
sealed interface Target {

    /**
     * An attribute the schema knows.
     *
     * @param container    null for attributes at the document root, else the extension URN they live under
     * @param attribute    the top-level attribute
     * @param filter       the element filter of {@code attr[filter]}, or null
     * @param subAttribute the sub-attribute of {@code attr.sub} or {@code attr[filter].sub}, or null
     */
    record Attribute(String container, AttributeDefinition attribute, Filter filter, AttributeDefinition subAttribute)
            implements Target {

        static Attribute whole(String container, AttributeDefinition attribute) {
            return new Attribute(container, attribute, null, null);
        }

        boolean isFiltered() {
            return filter != null;
        }

        /** The name used in error details: {@code emails.value}, {@code name}. */
        String label() {
            return subAttribute == null ? attribute.name() : attribute.name() + "." + subAttribute.name();
        }
    }

    /** Group {@code members}: never applied to the document, translated into membership changes. */
    record Members(AttributeDefinition attribute, Filter filter, AttributeDefinition subAttribute) implements Target {}

    /** A whole extension object, addressed by its URN alone; {@code registered} is false for unknown URNs. */
    record ExtensionObject(String urn, boolean registered) implements Target {}

    /**
     * An attribute under an extension URN that is not registered (an Okta custom schema, say): kept as plain JSON
     * because there is no schema to check it against.
     */
    record PlainAttribute(String urn, String name, String subName) implements Target {}

    /**
     * A writeOnly attribute ({@code password}): accepted and dropped, because Roster documents never hold
     * secrets. Okta sends passwords even when password sync is off.
     */
    record Discarded(String name) implements Target {}
}
