package dev.roster.scim.patch;

import dev.roster.json.WireName;
import dev.roster.scim.error.ScimException;

/** The three PATCH operations of RFC 7644 section 3.5.2. */
public enum PatchOp implements WireName {
    ADD,
    REPLACE,
    REMOVE;

    /**
     * Reads {@code op} case-insensitively: the RFC spells it in lower case, Entra sends {@code Add},
     * {@code Replace} and {@code Remove}.
     */
    public static PatchOp fromWire(String name) {
        return WireName.find(PatchOp.class, name)
                .orElseThrow(
                        () -> ScimException.invalidSyntax("'op' must be add, replace or remove, not '" + name + "'"));
    }
}
