package dev.roster.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Finds a presented secret by its hash: one indexed JDBC statement on the container's data source, outside any
 * transaction. It runs before every authenticated request, where reading through JPA cost as much CPU as the rest
 * of a user lookup.
 */
public final class HashedSecretLookup {

    /** Turns the rows of a match (the cursor on its first row) into what the authenticator checks. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private HashedSecretLookup() {}

    /**
     * Runs {@code sql}, whose only parameter is the hash, and reads its rows; null when there are none.
     *
     * @param what what is looked up, for the error when the database cannot answer
     */
    public static <T> T find(DataSource dataSource, String sql, String hash, Reader<T> reader, String what) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, hash);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? reader.read(rows) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up " + what, e);
        }
    }

    /** The column's value, or null where it is SQL NULL. */
    public static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
