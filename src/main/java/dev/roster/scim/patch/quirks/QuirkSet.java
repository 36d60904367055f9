package dev.roster.scim.patch.quirks;

import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.PatchRequest;
import dev.roster.scim.patch.ResourceSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The quirk rewriters to run before the PATCH engine, in order. This is the one place where quirks are
 * registered; an IdP profile may switch individual ones off with {@link #without}.
 */
public final class QuirkSet {

    private final List<PatchQuirk> quirks;

    private QuirkSet(List<PatchQuirk> quirks) {
        this.quirks = List.copyOf(quirks);
    }

    /**
     * Every known quirk. The order matters: qualified keys become paths first so that the later quirks see
     * them as ordinary path operations; plain-string members become objects before a remove by value list is
     * turned into filters; string booleans are coerced last, on the final operations.
     */
    public static QuirkSet all() {
        return new QuirkSet(List.of(
                new QualifiedKeysInPathlessValue(),
                new PlainStringComplexValues(),
                new MemberRemoveByValueList(),
                new BooleanStrings()));
    }

    /** No quirks: strict RFC 7644. */
    public static QuirkSet none() {
        return new QuirkSet(List.of());
    }

    public static QuirkSet of(List<PatchQuirk> quirks) {
        return new QuirkSet(quirks);
    }

    /** This set without the quirks of the given class. */
    public QuirkSet without(Class<? extends PatchQuirk> quirk) {
        return new QuirkSet(quirks.stream().filter(q -> !quirk.isInstance(q)).toList());
    }

    public List<PatchQuirk> quirks() {
        return quirks;
    }

    /** The request with every operation in a quirk's form replaced by its standard equivalent. */
    public PatchRequest normalise(PatchRequest request, ResourceSchema schema) {
        List<PatchOperation> operations = request.operations();
        for (PatchQuirk quirk : quirks) {
            List<PatchOperation> rewritten = new ArrayList<>(operations.size());
            for (PatchOperation operation : operations) {
                rewritten.addAll(
                        quirk.appliesTo(operation, schema) ? quirk.rewrite(operation, schema) : List.of(operation));
            }
            operations = rewritten;
        }
        return new PatchRequest(operations);
    }
}
