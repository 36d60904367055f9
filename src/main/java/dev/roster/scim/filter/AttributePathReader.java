package dev.roster.scim.filter;

/**
 * Checks and splits an attribute path word (RFC 7644 section 3.10):
 * {@code [URN ":"] ATTRNAME ["." subAttr]} with {@code ATTRNAME = ALPHA *("-" / "_" / DIGIT / ALPHA)}.
 * The URN is everything before the last ':' ({@code urn:ietf:params:scim:schemas:core:2.0:User:name.givenName}
 * has URN {@code urn:ietf:params:scim:schemas:core:2.0:User}); its dots ("2.0") are not sub-attribute
 * separators because the '.' is looked for only after that colon. Names are kept as written.
 */
final class AttributePathReader {

    /** The one sub-attribute name outside ATTRNAME that RFC 7643 defines (members, manager, groups). */
    private static final String REF = "$ref";

    private AttributePathReader() {}

    /**
     * Parses a path word.
     *
     * @param relative true inside a value filter ({@code members[$ref eq "…"]}), where the attribute is really
     *                 a sub-attribute of the element and may therefore be {@code $ref}
     */
    static AttributePath read(Token word, boolean relative, SyntaxErrors errors) {
        String text = word.text();
        int base = word.offset();
        int lastColon = text.lastIndexOf(':');
        String urn = null;
        int nameStart = 0;
        if (lastColon >= 0) {
            urn = text.substring(0, lastColon);
            checkUrn(urn, base, errors);
            nameStart = lastColon + 1;
        }
        int dot = text.indexOf('.', nameStart);
        String attribute = text.substring(nameStart, dot < 0 ? text.length() : dot);
        checkName(attribute, base + nameStart, relative, errors);
        if (dot < 0) {
            return new AttributePath(urn, attribute, null);
        }
        String subAttribute = text.substring(dot + 1);
        int secondDot = subAttribute.indexOf('.');
        if (secondDot >= 0) {
            // Sub-attributes have no sub-attributes of their own (RFC 7643 section 2.3.8).
            throw errors.at(
                    "Attribute path " + SyntaxErrors.quote(text) + " has more than one '.'",
                    base + dot + 1 + secondDot);
        }
        checkName(subAttribute, base + dot + 1, true, errors);
        return new AttributePath(urn, attribute, subAttribute);
    }

    /** Checks a sub-attribute name standing alone, as after {@code emails[type eq "work"].}. */
    static void checkSubAttribute(Token word, SyntaxErrors errors) {
        checkName(word.text(), word.offset(), true, errors);
    }

    private static void checkUrn(String urn, int offset, SyntaxErrors errors) {
        if (urn.length() <= 4 || !urn.regionMatches(true, 0, "urn:", 0, 4)) {
            throw errors.at("Attribute path qualifier " + SyntaxErrors.quote(urn) + " is not a schema URN", offset);
        }
        int emptySegment = urn.indexOf("::");
        if (emptySegment >= 0) {
            throw errors.at("Empty segment in schema URN " + SyntaxErrors.quote(urn), offset + emptySegment + 1);
        }
    }

    private static void checkName(String name, int offset, boolean allowRef, SyntaxErrors errors) {
        if (name.isEmpty()) {
            throw errors.at("Missing attribute name", offset);
        }
        if (allowRef && name.equalsIgnoreCase(REF)) {
            return;
        }
        char first = name.charAt(0);
        if (!isAlpha(first)) {
            String why = first >= '0' && first <= '9' ? "must start with a letter" : "has an invalid character";
            throw errors.at("Attribute name " + SyntaxErrors.quote(name) + " " + why, offset);
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                throw errors.at(
                        "Invalid character '" + c + "' in attribute name " + SyntaxErrors.quote(name), offset + i);
            }
        }
    }

    /** RFC 5234 ALPHA: ASCII letters only. */
    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
