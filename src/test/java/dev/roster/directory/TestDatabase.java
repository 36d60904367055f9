package dev.roster.directory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh, migrated database for tests that exercise Roster's SQL without a server: an in-memory H2 by
 * default (the runtime's own version), so what the migrations and the generated SQL do is checked for real.
 */
public final class TestDatabase implements AutoCloseable {

    private final Connection keepAlive;
    private final String url;

    private TestDatabase(String url) throws SQLException {
        this.url = url;
        this.keepAlive = DriverManager.getConnection(url, "sa", "");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public static TestDatabase h2() throws SQLException {
        return new TestDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    /** The JDBC URL (user {@code sa}, no password), for a data source of its own. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws SQLException {
        try (var statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        keepAlive.close();
    }
}
