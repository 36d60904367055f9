package dev.roster.directory.store;

import dev.roster.directory.query.SqlBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Runs {@link SqlBuilder} statements as JPA native queries with numbered positional parameters. */
final class NativeSql {

    private NativeSql() {}

    static Query query(EntityManager em, SqlBuilder sql) {
        String text = sql.text();
        StringBuilder numbered = new StringBuilder(text.length() + 16);
        int index = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                numbered.append('?').append(++index);
            } else {
                numbered.append(c);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(EntityManager em, SqlBuilder sql) {
        return query(em, sql).getResultList();
    }

    /** The statements of {@code em}'s transaction as a {@link SqlRunner}. */
    static SqlRunner runner(EntityManager em) {
        return new SqlRunner() {
            @Override
            public List<Object[]> rows(SqlBuilder sql) {
                List<?> rows = query(em, sql).getResultList();
                // JPA answers a single-column query with the values themselves, not one-element arrays.
                return rows.stream()
                        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
                        .toList();
            }

            @Override
            public int update(SqlBuilder sql) {
                return NativeSql.update(em, sql);
            }
        };
    }

    static long count(EntityManager em, SqlBuilder sql) {
        return ((Number) query(em, sql).getSingleResult()).longValue();
    }

    static int update(EntityManager em, SqlBuilder sql) {
        return query(em, sql).executeUpdate();
    }

    static long toLong(Object value) {
        return ((Number) value).longValue();
    }

    /** SQL text for {@code ?, ?, ?} with the given values appended as parameters. */
    static SqlBuilder inList(SqlBuilder sql, java.util.Collection<String> values) {
        boolean first = true;
        for (String value : values) {
            if (!first) {
                sql.sql(", ");
            }
            sql.param(value);
            first = false;
        }
        return sql;
    }
}
