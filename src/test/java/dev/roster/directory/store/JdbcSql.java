package dev.roster.directory.store;

import dev.roster.directory.query.SqlBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Roster's statements on a plain JDBC connection, in whatever transaction the connection is in. */
final class JdbcSql implements SqlRunner {

    private final Connection connection;

    JdbcSql(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Object[]> rows(SqlBuilder sql) {
        try (PreparedStatement statement = prepare(sql);
                ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int update(SqlBuilder sql) {
        try (PreparedStatement statement = prepare(sql)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(SqlBuilder sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }
}
