package dev.roster.scim.resources;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an {@code attributes} / {@code excludedAttributes} value into attribute names (RFC 7644 section
 * 3.4.2.5). Lenient by design, because the parameter only shapes the answer: empty elements ({@code a,,b})
 * are skipped, and a value filter such as Microsoft's {@code emails[type eq "work"]} is cut out, leaving the
 * attribute name ({@code emails}); commas and brackets inside the filter's quoted values do not split.
 */
final class AttributeListParser {

    private AttributeListParser() {}

    static List<String> names(String parameter) {
        List<String> names = new ArrayList<>();
        if (parameter == null) {
            return names;
        }
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < parameter.length(); i++) {
            char c = parameter.charAt(i);
            if (depth > 0) {
                // Inside a value filter: only track where it ends.
                if (quoted && c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '[') {
                    depth++;
                } else if (!quoted && c == ']') {
                    depth--;
                }
            } else if (c == '[') {
                depth = 1;
            } else if (c == ',') {
                addIfPresent(names, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addIfPresent(names, current);
        return names;
    }

    private static void addIfPresent(List<String> names, StringBuilder name) {
        String trimmed = name.toString().strip();
        if (!trimmed.isEmpty()) {
            names.add(trimmed);
        }
    }
}
