package dev.roster.directory.query;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.ResourceType;

/**
 * The ORDER BY expression for {@code sortBy} (RFC 7644 3.4.2.3): a column, or the smallest indexed value of
 * the attribute. Resources without a value sort last in ascending order and first in descending order.
 */
public final class SortSql {

    private final FilterTargetResolver resolver;

    public SortSql(ResourceType kind, SchemaRegistry registry) {
        this.resolver = new FilterTargetResolver(kind, registry);
    }

    public SqlBuilder orderBy(AttributePath path, boolean descending) {
        return expression(path).sql(descending ? " DESC NULLS FIRST" : " ASC NULLS LAST");
    }

    /**
     * The value {@code sortBy} orders by, without a direction: a row without one (NULL) sorts as if above every
     * value, last in ascending and first in descending order.
     */
    public SqlBuilder expression(AttributePath path) {
        FilterTarget target;
        try {
            target = resolver.resolve(path);
        } catch (ScimException e) {
            throw ScimException.invalidValue("sortBy: " + e.detail());
        }
        SqlBuilder out = new SqlBuilder();
        if (target instanceof FilterTarget.Column column) {
            out.sql(column.expression());
        } else if (target instanceof FilterTarget.Indexed indexed && indexed.kind() != null) {
            out.sql("(SELECT MIN(s.")
                    .sql(FilterSqlTranslator.indexColumn(indexed.kind()))
                    .sql(") FROM scim_attribute_value s WHERE s.resource_id = r.id AND s.attr = ")
                    .param(indexed.attr())
                    .sql(" AND s.sub_attr = ")
                    .param(indexed.subAttr())
                    .sql(")");
        } else if (target instanceof FilterTarget.Constant) {
            out.sql("r.created_at");
        } else {
            throw ScimException.invalidValue("sortBy: '" + path + "' is not a singular attribute Roster can sort by");
        }
        return out;
    }
}
