package dev.roster.scim.bulk;

/**
 * Runs one resolved operation against the directory, in a transaction of its own, so a failure undoes that
 * operation and nothing else. An interface so {@link BulkProcessor} can be tested without a server.
 */
public interface BulkOperationExecutor {

    /**
     * @throws dev.roster.scim.error.ScimException when the operation is refused, exactly as the single
     *                                             request would be
     */
    ExecutedOperation execute(String integrationId, ResolvedOperation operation);
}
