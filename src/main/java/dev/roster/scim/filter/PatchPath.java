package dev.roster.scim.filter;

import java.util.Objects;

/**
 * A PATCH {@code path} (RFC 7644 section 3.5.2): {@code attrPath [ "[" valFilter "]" ] [ "." subAttr ]}.
 * Examples: {@code members}, {@code name.familyName}, {@code members[value eq "2819c223"]},
 * {@code emails[type eq "work"].value}, {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager}.
 *
 * @param attribute    the attribute (with sub-attribute when written {@code a.b} without a filter)
 * @param valueFilter  the element filter between brackets, or null; its paths are relative to the element
 * @param subAttribute the sub-attribute after {@code ].}, or null
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {

    public PatchPath {
        Objects.requireNonNull(attribute, "attribute");
        if (subAttribute != null && valueFilter == null) {
            throw new IllegalArgumentException("a sub-attribute after ']' needs a value filter");
        }
    }

    public static PatchPath of(AttributePath attribute) {
        return new PatchPath(attribute, null, null);
    }

    public boolean hasValueFilter() {
        return valueFilter != null;
    }
}
