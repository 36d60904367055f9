package dev.roster.scim.service.commit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Hands a {@link SharedCommit} write to the {@link CommitQueue} and waits for its outcome, so that writes of
 * concurrent requests commit together. A commit is the expensive part of a small write: embedded H2 writes
 * every B-tree page the transaction changed at every commit, and eight creates in one commit cost a third of
 * what eight commits cost. Each request is still answered only after its own write has committed.
 *
 * <p>It runs outside {@code @RetryOnConflict} and {@code @Transactional} (a smaller priority), so what it
 * hands over is the rest of the chain: joined to a shared transaction it is one part of it; on its own it is
 * exactly the call it would have been without this interceptor. A call made inside a caller's transaction
 * stays there.
 */
@SharedCommit
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class SharedCommitInterceptor {

    @Inject
    CommitQueue queue;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object shareCommit(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null || !queue.enabled()) {
            return invocation.proceed();
        }
        return queue.write(invocation::proceed);
    }
}
