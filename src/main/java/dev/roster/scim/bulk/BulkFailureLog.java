package dev.roster.scim.bulk;

import dev.roster.audit.ProvisioningEvent;
import dev.roster.audit.ProvisioningLogWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Puts each failed bulk operation in the provisioning log as a rejected request. The bulk request itself
 * answers 200, so the log filter that records rejected requests never sees these failures; without this an
 * admin would find a sync's failed creates nowhere.
 */
@ApplicationScoped
public class BulkFailureLog {

    @Inject
    ProvisioningLogWriter log;

    public void record(String integrationId, List<BulkOperationResult> results) {
        for (BulkOperationResult result : results) {
            if (result.failed()) {
                log.recordRejected(ProvisioningEvent.rejected(integrationId, result.status(), describe(result)));
            }
        }
    }

    static String describe(BulkOperationResult result) {
        BulkOperation operation = result.operation();
        StringBuilder detail = new StringBuilder("Bulk Operations[")
                .append(operation.index())
                .append("] ")
                .append(operation.method())
                .append(' ')
                .append(operation.path());
        if (operation.bulkId() != null) {
            detail.append(" (bulkId ").append(operation.bulkId()).append(')');
        }
        return detail.append(": ").append(result.error().detail()).toString();
    }
}
