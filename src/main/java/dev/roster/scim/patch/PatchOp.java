package dev.roster.scim.patch;

import dev.roster.scim.error.ScimException;
import java.util.Locale;

/** The three PATCH operations of RFC 7644 section 3.5.2. */
public enum PatchOp {
    ADD,
    REPLACE,
    REMOVE;

    /**
     * Reads {@code op} case-insensitively: the RFC spells it in lower case, Entra sends {@code Add},
     * {@code Replace} and {@code Remove}.
     */
    public static PatchOp fromWire(String name) {
        for (PatchOp op : values()) {
            if (op.name().equalsIgnoreCase(name)) {
                return op;
            }
        }
        throw ScimException.invalidSyntax("'op' must be add, replace or remove, not '" + name + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
