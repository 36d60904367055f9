package dev.roster.scim.filter;

import java.util.Locale;
import java.util.Objects;

/**
 * An attribute reference as written in a filter or PATCH path (RFC 7644 section 3.10):
 * {@code [schemaUrn ":"] attribute ["." subAttribute]}. Names keep the client's spelling; compare them with
 * {@link #matches} because SCIM attribute names are case-insensitive.
 *
 * @param schemaUrn    the schema URN when the client qualified the name, otherwise null
 * @param attribute    the top-level attribute name, for example {@code emails} or {@code employeeNumber}
 * @param subAttribute the sub-attribute name, for example {@code value}, or null
 */
public record AttributePath(String schemaUrn, String attribute, String subAttribute) {

    public AttributePath {
        Objects.requireNonNull(attribute, "attribute");
    }

    public static AttributePath of(String attribute) {
        return new AttributePath(null, attribute, null);
    }

    public static AttributePath of(String attribute, String subAttribute) {
        return new AttributePath(null, attribute, subAttribute);
    }

    public boolean hasSubAttribute() {
        return subAttribute != null;
    }

    /** The same path without its sub-attribute. */
    public AttributePath parent() {
        return new AttributePath(schemaUrn, attribute, null);
    }

    /** Case-insensitive comparison of attribute and sub-attribute names (the URN is compared when both carry one). */
    public boolean matches(AttributePath other) {
        return attribute.equalsIgnoreCase(other.attribute)
                && (subAttribute == null
                        ? other.subAttribute == null
                        : subAttribute.equalsIgnoreCase(other.subAttribute))
                && (schemaUrn == null || other.schemaUrn == null || schemaUrn.equalsIgnoreCase(other.schemaUrn));
    }

    /** Lower-cased dotted form without URN, for logs and map keys: {@code name.givenname}. */
    public String key() {
        String base = attribute.toLowerCase(Locale.ROOT);
        return subAttribute == null ? base : base + "." + subAttribute.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (schemaUrn != null) {
            out.append(schemaUrn).append(':');
        }
        out.append(attribute);
        if (subAttribute != null) {
            out.append('.').append(subAttribute);
        }
        return out.toString();
    }
}
