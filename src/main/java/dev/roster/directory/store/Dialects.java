package dev.roster.directory.store;

import dev.roster.platform.RosterDatabase;
import dev.roster.scim.spi.StorageProfile;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Finds out once which database Roster runs on. */
@ApplicationScoped
public class Dialects implements StorageProfile {

    @Resource(lookup = RosterDatabase.JNDI_NAME)
    DataSource dataSource;

    private volatile SqlDialect dialect;

    /** Whether Roster runs on embedded H2 (else on a database server, PostgreSQL). */
    @Override
    public boolean embedded() {
        return current() == SqlDialect.H2;
    }

    SqlDialect current() {
        SqlDialect known = dialect;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = SqlDialect.fromProductName(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database product name", e);
            }
            dialect = known;
        }
        return known;
    }
}
