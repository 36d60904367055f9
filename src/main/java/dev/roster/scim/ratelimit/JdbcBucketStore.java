package dev.roster.scim.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The shared buckets in table {@code scim_rate_limit} (one row per integration), written with plain
 * auto-committed statements: the same SQL on H2 and PostgreSQL, no transaction held across statements, and
 * no JPA. The refill is computed by the database from the row's own {@code updated_at}, so nodes never
 * overwrite each other's counts; {@code GREATEST} keeps a node whose clock lags from refilling twice.
 */
final class JdbcBucketStore implements SharedBucketStore {

    private static final String UPDATE = "UPDATE scim_rate_limit SET "
            + "tokens = LEAST(CAST(? AS DOUBLE PRECISION), tokens + GREATEST(CAST(? AS BIGINT) - updated_at, 0) "
            + "* CAST(? AS DOUBLE PRECISION) / 1000.0) - CAST(? AS BIGINT), "
            + "updated_at = GREATEST(updated_at, CAST(? AS BIGINT)) WHERE integration_id = ?";
    private static final String INSERT =
            "INSERT INTO scim_rate_limit (integration_id, tokens, updated_at) VALUES (?, ?, ?)";
    private static final String SELECT = "SELECT tokens, updated_at FROM scim_rate_limit WHERE integration_id = ?";

    private final DataSource dataSource;

    JdbcBucketStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public double consume(String integrationId, long consumed, long now, RateLimitPolicy policy) {
        try (Connection connection = dataSource.getConnection()) {
            if (update(connection, integrationId, consumed, now, policy) == 0) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, integrationId);
                    insert.setDouble(2, policy.burst() - consumed);
                    insert.setLong(3, now);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                        throw e;
                    }
                    // Another node inserted the row first (or the integration is gone: then nothing matches).
                    update(connection, integrationId, consumed, now, policy);
                }
            }
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, integrationId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return policy.burst() - consumed;
                    }
                    return policy.refill(row.getDouble(1), now - row.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot update the shared rate-limit bucket: SQLState " + e.getSQLState(), e);
        }
    }

    private static int update(
            Connection connection, String integrationId, long consumed, long now, RateLimitPolicy policy)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setDouble(1, policy.burst());
            update.setLong(2, now);
            update.setDouble(3, policy.requestsPerSecond());
            update.setLong(4, consumed);
            update.setLong(5, now);
            update.setString(6, integrationId);
            return update.executeUpdate();
        }
    }
}
