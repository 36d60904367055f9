package dev.roster.scim.bulk;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulkIds of one request: which POST declares each, and the id of each resource created so far. It knows
 * the declaring operation of every bulkId up front so an unresolvable reference can say why: never declared,
 * declared by a later (or the same) operation, or declared by an earlier one that failed.
 */
public final class BulkIdTable {

    private final Map<String, Integer> declaredBy = new HashMap<>();
    private final Map<String, String> created = new HashMap<>();

    public BulkIdTable(List<BulkOperation> operations) {
        for (BulkOperation operation : operations) {
            if (operation.method() == BulkMethod.POST) {
                declaredBy.putIfAbsent(operation.bulkId(), operation.index());
            }
        }
    }

    public void recordCreated(String bulkId, String resourceId) {
        created.put(bulkId, resourceId);
    }

    /**
     * The resource id {@code bulkId} stands for when operation {@code referringIndex} runs.
     *
     * @throws ScimException 409 invalidValue when it cannot be resolved (RFC 7644 section 3.7.2 allows 409)
     */
    public String resolve(String bulkId, int referringIndex) {
        String id = created.get(bulkId);
        if (id != null) {
            return id;
        }
        Integer declaringIndex = declaredBy.get(bulkId);
        if (declaringIndex == null) {
            throw conflict("bulkId '" + bulkId + "' is not declared by any POST operation in this request");
        }
        if (declaringIndex >= referringIndex) {
            // Operations run in order, so this is a forward reference, and every circular chain contains one.
            throw conflict("bulkId '" + bulkId + "' is created by Operations[" + declaringIndex
                    + "], which has not run yet; operations run in order and forward or circular bulkId"
                    + " references are not supported");
        }
        throw conflict("bulkId '" + bulkId + "' has no resource: Operations[" + declaringIndex + "] failed");
    }

    private static ScimException conflict(String detail) {
        return new ScimException(409, ScimErrorType.INVALID_VALUE, detail);
    }
}
