package dev.roster.directory.store;

import dev.roster.directory.ResourceTables;
import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.spi.ResourceType;
import java.util.function.Supplier;

/**
 * The change counter of each integration's user and group listing ({@code listing_version}), shared by every
 * node through the database. It moves whenever the row at some index of the listing order
 * {@code (created_at, id)} may have changed: with every delete, and with every create whose row lands before
 * the newest row already there (clock skew between nodes, or concurrent creates that commit out of order).
 * Creates at the end of the listing, the usual case, leave it alone. So while it stands still, every row keeps
 * its index, and an index page may seek to where an earlier page ended ({@link ListingPositions}).
 * <p>
 * Why no create can slip past: every create and delete updates the counter row in the transaction that makes
 * it, which locks the row until that transaction ends. Creates therefore take turns at it in commit order, and
 * each one compares its key with the newest key of all the creates that committed before it. A row B that a listing
 * saw was committed before the listing ran, so a create that commits later with a smaller key finds B (or a
 * newer key) there and bumps the counter.
 *
 * @param transaction    the caller's transaction, which the counter changes commit or roll back with
 * @param ownTransaction statements that commit on their own: creating a listing's counter row
 */
record ListingVersions(SqlRunner transaction, SqlRunner ownTransaction, SqlDialect dialect) {

    /** The version of a listing that has no counter row yet: nothing changed it since Roster counted. */
    static final long ABSENT = -1;

    private static final Object CREATING_ROW = new Object();

    /** The listing's version now, {@link #ABSENT} before its first change. */
    long current(String integrationId, ResourceType kind) {
        var rows = transaction.rows(
                new SqlBuilder().sql("SELECT version FROM listing_version").append(row(integrationId, kind)));
        return rows.isEmpty() ? ABSENT : NativeSql.toLong(rows.get(0)[0]);
    }

    /** A row was created with this key: bumps the version when the key lands before the newest one. */
    void created(String integrationId, ResourceType kind, long createdAt, String id) {
        change(integrationId, kind, () -> {
            SqlBuilder beforeNewest = new SqlBuilder()
                    .sql("(last_created_at > ")
                    .param(createdAt)
                    .sql(" OR (last_created_at = ")
                    .param(createdAt)
                    .sql(" AND last_id > ")
                    .param(id)
                    .sql("))");
            // Every SET reads the row as it was, so the three CASEs test the same condition.
            return new SqlBuilder()
                    .sql("UPDATE listing_version SET version = CASE WHEN ")
                    .append(beforeNewest)
                    .sql(" THEN version + 1 ELSE version END, last_id = CASE WHEN ")
                    .append(beforeNewest)
                    .sql(" THEN last_id ELSE ")
                    .param(id)
                    .sql(" END, last_created_at = CASE WHEN ")
                    .append(beforeNewest)
                    .sql(" THEN last_created_at ELSE ")
                    .param(createdAt)
                    .sql(" END")
                    .append(row(integrationId, kind));
        });
    }

    /** A row was deleted: every later row moved up one index. */
    void deleted(String integrationId, ResourceType kind) {
        change(
                integrationId,
                kind,
                () -> new SqlBuilder()
                        .sql("UPDATE listing_version SET version = version + 1")
                        .append(row(integrationId, kind)));
    }

    private void change(String integrationId, ResourceType kind, Supplier<SqlBuilder> update) {
        if (transaction.update(update.get()) == 1) {
            return;
        }
        // The listing's first change: its row, committed on its own so that every transaction sees it. One insert
        // at a time on this node, so that two cannot both find it absent (H2, which serves one node, has no
        // ON CONFLICT); across PostgreSQL nodes, ON CONFLICT DO NOTHING.
        synchronized (CREATING_ROW) {
            ownTransaction.update(insertRow(integrationId, kind));
        }
        if (transaction.update(update.get()) != 1) {
            throw new IllegalStateException("No listing_version row for " + integrationId + "/" + kind);
        }
    }

    /**
     * The counter row of a listing unless it exists, starting from the listing's newest committed row: every
     * create that commits after this row exists updates it, so the creates before it had committed already.
     */
    private SqlBuilder insertRow(String integrationId, ResourceType kind) {
        SqlBuilder insert = new SqlBuilder()
                .sql("INSERT INTO listing_version (integration_id, resource_kind, version, "
                        + "last_created_at, last_id) SELECT ")
                .param(integrationId)
                .sql(", ")
                .param(kind.name())
                .sql(", 0, ")
                .append(newestCreatedAt(integrationId, kind))
                .sql(", (SELECT MAX(id) FROM ")
                .sql(ResourceTables.of(kind))
                .sql(" WHERE integration_id = ")
                .param(integrationId)
                .sql(" AND created_at = ")
                .append(newestCreatedAt(integrationId, kind))
                .sql(")")
                .sql(" FROM (VALUES (0)) one WHERE NOT EXISTS (SELECT 1 FROM listing_version")
                .append(row(integrationId, kind))
                .sql(")");
        return dialect == SqlDialect.POSTGRESQL
                ? insert.sql(" ON CONFLICT (integration_id, resource_kind) DO NOTHING")
                : insert;
    }

    private static SqlBuilder newestCreatedAt(String integrationId, ResourceType kind) {
        return new SqlBuilder()
                .sql("(SELECT MAX(created_at) FROM ")
                .sql(ResourceTables.of(kind))
                .sql(" WHERE integration_id = ")
                .param(integrationId)
                .sql(")");
    }

    private static SqlBuilder row(String integrationId, ResourceType kind) {
        return new SqlBuilder()
                .sql(" WHERE integration_id = ")
                .param(integrationId)
                .sql(" AND resource_kind = ")
                .param(kind.name());
    }
}
