package dev.roster.directory.store;

import java.sql.SQLException;

/** Recognises a unique-constraint violation in whatever wrapping the persistence provider adds. */
final class Constraints {

    private Constraints() {}

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
