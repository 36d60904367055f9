package dev.roster.directory.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** SQL text with positional parameters, assembled piece by piece; values never go into the text. */
public final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public SqlBuilder sql(String text) {
        sql.append(text);
        return this;
    }

    public SqlBuilder param(Object value) {
        sql.append('?');
        params.add(value);
        return this;
    }

    public SqlBuilder append(SqlBuilder other) {
        sql.append(other.sql);
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return sql.toString();
    }

    public List<Object> params() {
        return Collections.unmodifiableList(params);
    }

    @Override
    public String toString() {
        return sql + " " + params;
    }
}
