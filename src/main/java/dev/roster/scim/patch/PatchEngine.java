package dev.roster.scim.patch;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * Applies a standard PATCH request (RFC 7644 section 3.5.2) to one resource document. IdP quirks are not handled
 * here: run the request through a {@link dev.roster.scim.patch.quirks.QuirkSet} first, so that this class only
 * ever sees standard operations.
 *
 * <p>Operations are applied in order to a copy of the document; if any of them fails, the exception propagates
 * and the caller's document is untouched (PATCH is atomic). Group {@code members} are not part of the document:
 * operations on them come back as {@link MembershipChange}s for the store.
 *
 * <p>Stateless and thread-safe.
 */
public final class PatchEngine {

    /**
     * @param schema   the resource type of the document, with the registry that resolves its paths
     * @param document the stored document: schema spelling, no id/meta/groups/password, extensions under their URN
     * @param request  standard operations (after quirk normalisation)
     * @throws dev.roster.scim.error.ScimException when an operation is invalid; nothing has been changed then
     */
    public PatchResult apply(ResourceSchema schema, JsonObject document, PatchRequest request) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(document, "document");
        WorkingDocument working = new WorkingDocument(document);
        MembersTranslator members = new MembersTranslator();
        OperationRouter router = new OperationRouter(schema, working, members);
        request.operations().forEach(router::apply);
        JsonObject patched = working.toJson();
        // JSON object equality ignores member order, so a PATCH that sets what is already there changes nothing.
        boolean changed = !patched.equals(document);
        return new PatchResult(changed ? patched : document, members.changes(), changed);
    }
}
