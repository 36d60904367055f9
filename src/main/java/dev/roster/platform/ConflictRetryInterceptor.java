package dev.roster.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * With several nodes (or many request threads) two transactions can wait for each other's row locks, e.g.
 * deleting a user (user row, then its groups' versions) while a group PATCH removes it (group row, then the
 * membership row). The database then aborts one of them. Nothing is lost (the aborted one committed
 * nothing), but its client would get a 500; instead the whole transaction runs again, up to
 * {@value #ATTEMPTS} times, after a short random pause. It runs outside the transaction interceptor
 * (a smaller priority), so each attempt is a new transaction; a call that joins a caller's transaction is
 * not retried (that transaction is lost anyway, and is its caller's to handle).
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    static final int ATTEMPTS = 4;

    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !TransientConflicts.isTransient(e)) {
                    throw e;
                }
                int round = attempt;
                LOG.fine(() -> invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName() + " lost a lock conflict (attempt " + round
                        + ", " + TransientConflicts.sqlState(e) + "); running it again");
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
            }
        }
    }
}
