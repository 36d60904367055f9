package dev.roster.scim.patch;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a PATCH.
 *
 * @param document            the patched document (equal to the input when nothing changed)
 * @param membershipChanges   Group member changes, in request order, for the store to apply
 * @param documentChanged     false when the operations left the document as it was, so the store can skip the
 *                            write and keep {@code meta.version}
 */
public record PatchResult(JsonObject document, List<MembershipChange> membershipChanges, boolean documentChanged) {

    public PatchResult {
        Objects.requireNonNull(document, "document");
        membershipChanges = List.copyOf(membershipChanges);
    }

    /** True when there is anything for the store to do at all. */
    public boolean hasChanges() {
        return documentChanged || !membershipChanges.isEmpty();
    }
}
