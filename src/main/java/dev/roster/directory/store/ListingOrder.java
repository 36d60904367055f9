package dev.roster.directory.store;

import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.spi.ListingKey;

/**
 * The order of a listing as SQL, walked either way: the sort value when there is one (a row without one as if
 * above every value: ascending NULLS LAST, descending NULLS FIRST), then {@code (created_at, id)} ascending.
 * Backward is the exact reverse. {@link #beyond} selects the rows after a position in the walking direction,
 * which is what a cursor's window is.
 *
 * @param sortValue  the sort expression over {@code r}, or null for the default order
 * @param descending whether {@code sortOrder} is descending
 * @param backward   walking from the end towards the start
 */
record ListingOrder(SqlBuilder sortValue, boolean descending, boolean backward) {

    boolean sorted() {
        return sortValue != null;
    }

    /** A copy: callers append to what they get. */
    @Override
    public SqlBuilder sortValue() {
        return new SqlBuilder().append(sortValue);
    }

    /**
     * ORDER BY's list in walking order. {@code byIntegration} leads with {@code r.integration_id}, constant in a
     * listing, which lets H2 read the default order straight from the {@code (integration_id, created_at, id)}
     * index instead of sorting; a filtered listing leaves it out, so the planner picks the filter's index.
     */
    SqlBuilder orderBy(boolean byIntegration) {
        String direction = backward ? " DESC" : "";
        SqlBuilder sql = new SqlBuilder().sql(byIntegration ? "r.integration_id" + direction + ", " : "");
        if (sortValue != null) {
            sql.append(sortValue).sql(valuesAscending() ? " ASC NULLS LAST, " : " DESC NULLS FIRST, ");
        }
        return sql.sql("r.created_at").sql(direction).sql(", r.id").sql(direction);
    }

    /** A condition: the row comes after {@code key} in walking order. */
    SqlBuilder beyond(ListingKey key) {
        SqlBuilder tie = tieBeyond(key);
        if (sortValue == null) {
            return tie;
        }
        Object value = key.sortValue();
        SqlBuilder sql = new SqlBuilder().sql("(");
        if (valuesAscending()) {
            // Values above it: higher ones, then rows without one (which sort above every value).
            if (value == null) {
                return sql.append(sortValue).sql(" IS NULL AND ").append(tie).sql(")");
            }
            return sql.append(sortValue)
                    .sql(" > ")
                    .param(value)
                    .sql(" OR ")
                    .append(sortValue)
                    .sql(" IS NULL OR ")
                    .append(sameValueAnd(value, tie))
                    .sql(")");
        }
        // Values below it: rows with a value, when it has none; else the lower values.
        if (value == null) {
            return sql.append(sortValue)
                    .sql(" IS NOT NULL OR (")
                    .append(sortValue)
                    .sql(" IS NULL AND ")
                    .append(tie)
                    .sql("))");
        }
        return sql.append(sortValue)
                .sql(" < ")
                .param(value)
                .sql(" OR ")
                .append(sameValueAnd(value, tie))
                .sql(")");
    }

    /** {@code (value = ? AND tie)}: a row with the key's own sort value is beyond it when its tie is. */
    private SqlBuilder sameValueAnd(Object value, SqlBuilder tie) {
        return new SqlBuilder()
                .sql("(")
                .append(sortValue)
                .sql(" = ")
                .param(value)
                .sql(" AND ")
                .append(tie)
                .sql(")");
    }

    /** Whether the walk meets the sort values from low to high (rows without a value last). */
    private boolean valuesAscending() {
        return descending == backward;
    }

    /**
     * {@code (created_at, id)} beyond the key's: written with a plain range on created_at first, so that the
     * database seeks in the {@code (integration_id, created_at, id)} index instead of reading it from the start.
     */
    private SqlBuilder tieBeyond(ListingKey key) {
        String op = backward ? " < " : " > ";
        return new SqlBuilder()
                .sql("r.created_at")
                .sql(backward ? " <= " : " >= ")
                .param(key.createdAt())
                .sql(" AND (r.created_at")
                .sql(op)
                .param(key.createdAt())
                .sql(" OR r.id")
                .sql(op)
                .param(key.id())
                .sql(")");
    }
}
