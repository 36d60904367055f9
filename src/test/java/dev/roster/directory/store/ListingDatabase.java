package dev.roster.directory.store;

import dev.roster.directory.ResourceTables;
import dev.roster.directory.TestDatabase;
import dev.roster.directory.index.AttributeIndexer;
import dev.roster.directory.index.AttributeRow;
import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import dev.roster.testsupport.Postgres;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A migrated database (in-memory H2, or a fresh PostgreSQL database) with Roster's listing code on plain JDBC:
 * writes as the stores make them, each in a transaction of its own that also moves the listing's version, and
 * searches as any number of nodes (each with its own {@link ListingPositions}) make them.
 */
final class ListingDatabase implements AutoCloseable {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final AttributeIndexer USER_INDEXER =
            new AttributeIndexer(REGISTRY.user(), Set.of("username", "externalid", "active"));

    /** Null for a second view of a database that another instance owns. */
    private final AutoCloseable database;

    private final ConnectionSource connections;
    private final Connection transaction;
    private final Connection autocommit;
    private final JdbcSql sql;
    private final ListingVersions versions;
    private final SqlDialect dialect;

    private interface ConnectionSource {
        Connection connect() throws SQLException;
    }

    private ListingDatabase(AutoCloseable database, ConnectionSource connections, SqlDialect dialect)
            throws SQLException {
        this.database = database;
        this.connections = connections;
        this.transaction = connections.connect();
        this.autocommit = connections.connect();
        transaction.setAutoCommit(false);
        this.sql = new JdbcSql(transaction);
        this.dialect = dialect;
        this.versions = new ListingVersions(sql, new JdbcSql(autocommit), dialect);
    }

    static ListingDatabase h2() throws SQLException {
        TestDatabase database = TestDatabase.h2();
        return new ListingDatabase(database, database::connect, SqlDialect.H2);
    }

    /** A fresh PostgreSQL database; skips the calling test where none answers (see {@link Postgres}). */
    static ListingDatabase postgres() throws SQLException {
        Postgres.assumeAvailable();
        Postgres.FreshDatabase database = Postgres.createDatabase("listing");
        Flyway.configure()
                .dataSource(database.url(), Postgres.user(), Postgres.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new ListingDatabase(database, database::connect, SqlDialect.POSTGRESQL);
    }

    /** The same database through connections of its own, for a writer on another thread. */
    ListingDatabase anotherClient() throws SQLException {
        return new ListingDatabase(null, connections, dialect);
    }

    /** A node: the same database, positions of its own. */
    ResourceSearch node() {
        return node(statement -> {});
    }

    /** A node that shows {@code observer} every statement its searches run. */
    ResourceSearch node(Consumer<SqlBuilder> observer) {
        SqlRunner observed = new SqlRunner() {
            @Override
            public List<Object[]> rows(SqlBuilder statement) {
                observer.accept(statement);
                return sql.rows(statement);
            }

            @Override
            public int update(SqlBuilder statement) {
                observer.accept(statement);
                return sql.update(statement);
            }
        };
        return new ResourceSearch(observed, versions, new ListingPositions());
    }

    /** As before Roster counted changes: no listing has a counter row. */
    void deleteCounterRows() {
        execute("DELETE FROM listing_version");
        commit();
    }

    ListingVersions versions() {
        return versions;
    }

    /** A search in a transaction of its own, as a SCIM GET runs. */
    Page<StoredResource> search(ResourceSearch node, ResourceType kind, String integrationId, SearchSpec spec) {
        Page<StoredResource> page = node.search(kind, integrationId, spec);
        commit();
        return page;
    }

    /** Creates a user with this key as JpaResourceStore does; answers its id. */
    String createUser(String integrationId, long createdAt, String userName, String externalId, JsonObject document) {
        String id = UUID.randomUUID().toString();
        execute(
                "INSERT INTO scim_user (id, integration_id, user_name, user_name_ci, external_id, active, created_at, "
                        + "modified_at, version, document) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 1, ?)",
                id,
                integrationId,
                userName,
                userName.toLowerCase(Locale.ROOT),
                externalId,
                createdAt,
                createdAt,
                document.toString());
        for (AttributeRow row : USER_INDEXER.rows(document)) {
            execute(
                    "INSERT INTO scim_attribute_value (resource_id, attr, sub_attr, elem, value_text, value_ci, value_num, "
                            + "value_bool) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    row.attr(),
                    row.subAttr(),
                    row.elem(),
                    row.text(),
                    row.textCi(),
                    row.number(),
                    row.bool());
        }
        versions.created(integrationId, ResourceType.USER, createdAt, id);
        commit();
        return id;
    }

    /** Creates a group as JpaResourceStore does; answers its id. */
    String createGroup(String integrationId, long createdAt, String displayName) {
        String id = UUID.randomUUID().toString();
        execute(
                "INSERT INTO scim_group (id, integration_id, display_name, display_name_ci, created_at, modified_at, "
                        + "version, document) VALUES (?, ?, ?, ?, ?, ?, 1, '{}')",
                id,
                integrationId,
                displayName,
                displayName.toLowerCase(Locale.ROOT),
                createdAt,
                createdAt);
        versions.created(integrationId, ResourceType.GROUP, createdAt, id);
        commit();
        return id;
    }

    void delete(ResourceType kind, String integrationId, String id) {
        execute("DELETE FROM scim_attribute_value WHERE resource_id = ?", id);
        execute("DELETE FROM " + ResourceTables.of(kind) + " WHERE id = ?", id);
        versions.deleted(integrationId, kind);
        commit();
    }

    /** The ids of the OFFSET page, straight from the table: what an index page must hold. */
    List<String> offsetPage(ResourceType kind, String integrationId, int startIndex, int count) {
        List<String> ids = new ArrayList<>();
        for (Object[] row : sql.rows(new SqlBuilder()
                .sql("SELECT id, created_at FROM ")
                .sql(ResourceTables.of(kind))
                .sql(" WHERE integration_id = ")
                .param(integrationId)
                .sql(" ORDER BY created_at, id OFFSET ")
                .param(startIndex - 1)
                .sql(" ROWS FETCH NEXT ")
                .param(count)
                .sql(" ROWS ONLY"))) {
            ids.add((String) row[0]);
        }
        commit();
        return ids;
    }

    long version(ResourceType kind, String integrationId) {
        long version = versions.current(integrationId, kind);
        commit();
        return version;
    }

    private void execute(String statement, Object... values) {
        try (PreparedStatement prepared = transaction.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setObject(i + 1, values[i]);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private void commit() {
        try {
            transaction.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        transaction.close();
        autocommit.close();
        if (database != null) {
            database.close();
        }
    }
}
