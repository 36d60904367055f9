package dev.roster.scim.bulk;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.service.ResourceRenderer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a bulk request's operations in order, each on its own, resolving bulkId references as it goes, and
 * stops after {@code failOnErrors} failures. A failure of one operation, expected or not, becomes that
 * operation's result; it never fails the request as a whole (RFC 7644 section 3.7.3: bulk is not atomic).
 */
public final class BulkProcessor {

    private static final Logger LOG = Logger.getLogger(BulkProcessor.class.getName());

    private final BulkOperationExecutor executor;
    private final ResourceRenderer locations;

    public BulkProcessor(BulkOperationExecutor executor, ResourceRenderer locations) {
        this.executor = executor;
        this.locations = locations;
    }

    /** The results of the operations that ran, in request order. */
    public List<BulkOperationResult> process(String integrationId, BulkRequest request) {
        BulkIdTable bulkIds = new BulkIdTable(request.operations());
        List<BulkOperationResult> results = new ArrayList<>();
        int failures = 0;
        for (BulkOperation operation : request.operations()) {
            BulkOperationResult result = run(integrationId, operation, bulkIds);
            results.add(result);
            if (result.failed() && ++failures >= request.failOnErrors()) {
                break;
            }
        }
        return results;
    }

    private BulkOperationResult run(String integrationId, BulkOperation operation, BulkIdTable bulkIds) {
        UnaryOperator<String> bulkIdLookup = bulkId -> bulkIds.resolve(bulkId, operation.index());
        String resourceId = null;
        try {
            resourceId = operation.resourceId() == null
                    ? null
                    : BulkIdReferences.resolve(operation.resourceId(), bulkIdLookup);
            JsonObject data =
                    operation.data() == null ? null : BulkIdReferences.resolveIn(operation.data(), bulkIdLookup);
            ExecutedOperation done = executor.execute(
                    integrationId,
                    new ResolvedOperation(
                            operation.method(), operation.endpoint(), resourceId, data, operation.version()));
            if (operation.method() == BulkMethod.POST) {
                bulkIds.recordCreated(operation.bulkId(), done.resourceId());
            }
            return BulkOperationResult.success(operation, location(operation, done.resourceId()), done.version());
        } catch (ScimException e) {
            return BulkOperationResult.failure(operation, location(operation, resourceId), e);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(
                    Level.SEVERE,
                    "Bulk Operations[" + operation.index() + "] (" + operation.method() + " " + operation.path()
                            + ") failed unexpectedly, reference " + reference,
                    e);
            return BulkOperationResult.failure(
                    operation,
                    location(operation, resourceId),
                    ScimException.status(500, "Internal error, reference " + reference));
        }
    }

    private String location(BulkOperation operation, String resourceId) {
        return resourceId == null
                ? null
                : locations.location(operation.endpoint().endpoint(), resourceId);
    }
}
