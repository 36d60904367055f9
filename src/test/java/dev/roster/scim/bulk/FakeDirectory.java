package dev.roster.scim.bulk;

import dev.roster.scim.error.ScimException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A directory for {@link BulkProcessor} tests. Creates get ids {@code users-1}, {@code groups-2}, …; data with
 * {@code "failWith": 4xx} is refused with that status, data with {@code "explode": true} throws an unexpected
 * exception, and the version {@code W/"0"} never matches.
 */
final class FakeDirectory implements BulkOperationExecutor {

    final List<ResolvedOperation> received = new ArrayList<>();
    private int nextId = 1;

    @Override
    public ExecutedOperation execute(String integrationId, ResolvedOperation operation) {
        received.add(operation);
        if (operation.data() != null && operation.data().containsKey("failWith")) {
            throw ScimException.status(operation.data().getInt("failWith"), "refused by the directory");
        }
        if (operation.data() != null && operation.data().containsKey("explode")) {
            throw new IllegalStateException("connection pool secret-internal-state exhausted");
        }
        if ("W/\"0\"".equals(operation.ifMatch())) {
            throw ScimException.status(412, "The resource has changed: its version is now W/\"7\"");
        }
        String id = operation.method() == BulkMethod.POST
                ? operation.endpoint().endpoint().toLowerCase(Locale.ROOT) + "-" + nextId++
                : operation.resourceId();
        return new ExecutedOperation(id, operation.method() == BulkMethod.DELETE ? null : "W/\"1\"");
    }
}
