package dev.roster.directory.store;

import dev.roster.directory.query.SqlBuilder;
import java.util.List;

/**
 * Runs statements built with {@link SqlBuilder}: in the caller's JTA transaction in Roster
 * ({@link NativeSql#runner}), on a plain JDBC connection in the tests that check the SQL on real databases.
 */
interface SqlRunner {

    /** Every row as an array of its columns, also for a single column. */
    List<Object[]> rows(SqlBuilder sql);

    int update(SqlBuilder sql);

    default long count(SqlBuilder sql) {
        return NativeSql.toLong(rows(sql).get(0)[0]);
    }
}
