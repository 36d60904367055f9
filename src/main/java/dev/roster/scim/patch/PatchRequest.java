package dev.roster.scim.patch;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A parsed PATCH request body (RFC 7644 section 3.5.2): the operations in request order, before any IdP quirk
 * has been normalised.
 */
public record PatchRequest(List<PatchOperation> operations) {

    public static final String PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public PatchRequest {
        operations = List.copyOf(operations);
    }

    /**
     * Reads and checks a request body.
     *
     * @param maxOperations the most operations accepted ({@code roster.scim.patch.max-operations})
     * @throws dev.roster.scim.error.ScimException 413 with more than {@code maxOperations} operations,
     *         invalidSyntax when the body is not a PatchOp message, invalidPath for an unparsable path,
     *         invalidValue when add/replace has no (usable) value, noTarget for a remove without path
     */
    public static PatchRequest fromJson(JsonObject body, int maxOperations) {
        return PatchRequestReader.read(body, maxOperations);
    }
}
