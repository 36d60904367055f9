package dev.roster.platform;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a start-up step that creates rows other nodes may be creating at the same moment (the admin account,
 * the configured token's integration). When several nodes start together on one database, exactly one insert
 * of a key wins and the others fail at commit; such a step is simply run again in a new transaction, where it
 * finds the winner's row and has nothing left to do. Without this, the losing node's deployment would fail.
 */
public final class StartupTransactions {

    private static final Logger LOG = Logger.getLogger(StartupTransactions.class.getName());
    private static final int ATTEMPTS = 5;

    private StartupTransactions() {}

    public static void run(UserTransaction tx, String what, Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.begin();
                step.run();
                tx.commit();
                return;
            } catch (Exception e) {
                rollbackQuietly(tx);
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException(what + " failed " + ATTEMPTS + " times", e);
                }
                LOG.info(what + " raced another node (attempt " + attempt + ": " + rootCause(e) + "); trying again");
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(what + " interrupted", interrupted);
                }
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void rollbackQuietly(UserTransaction tx) {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.FINE, "rollback after a failed start-up step", e);
        }
    }
}
