package dev.roster.scim.patch.quirks;

import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.ResourceSchema;
import java.util.List;

/**
 * Rewrites one non-standard form of PATCH operation that an identity provider sends into the standard
 * operations that mean the same thing, so that the engine only ever implements RFC 7644. Implementations are
 * stateless and say in their Javadoc which IdP sends the form.
 */
public interface PatchQuirk {

    /** True when {@code operation} is in this quirk's non-standard form. */
    boolean appliesTo(PatchOperation operation, ResourceSchema schema);

    /** The standard operations, in order, that replace {@code operation}; only called when it applies. */
    List<PatchOperation> rewrite(PatchOperation operation, ResourceSchema schema);
}
