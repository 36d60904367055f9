package dev.roster.directory.query;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.ComparisonOperator;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.ResourceType;
import jakarta.json.JsonValue;

/**
 * Translates a SCIM filter into a SQL condition on the resource table aliased {@code r}. Every attribute
 * becomes an indexed column comparison or an {@code EXISTS} over the attribute index or the membership
 * table, so the database does all the filtering and counting; nothing is filtered in memory.
 *
 * <p>A value path ({@code emails[type eq "work" and value co "@x"]}) becomes one EXISTS over the elements
 * of the attribute whose inner conditions all refer to the same element number, so it matches within one
 * element, never across two.
 */
public final class FilterSqlTranslator {

    private final FilterTargetResolver resolver;
    private int aliases;

    public FilterSqlTranslator(ResourceType kind, SchemaRegistry registry) {
        this.resolver = new FilterTargetResolver(kind, registry);
    }

    /** The condition for {@code filter}, with its parameters. */
    public SqlBuilder translate(Filter filter) {
        SqlBuilder out = new SqlBuilder();
        emit(filter, new ResourceScope(), out);
        return out;
    }

    private void emit(Filter filter, Scope scope, SqlBuilder out) {
        if (filter instanceof Filter.And and) {
            binary(and.left(), " AND ", and.right(), scope, out);
        } else if (filter instanceof Filter.Or or) {
            binary(or.left(), " OR ", or.right(), scope, out);
        } else if (filter instanceof Filter.Not not) {
            out.sql("NOT (");
            emit(not.filter(), scope, out);
            out.sql(")");
        } else if (filter instanceof Filter.Comparison c) {
            if (c.value() == JsonValue.NULL) {
                comparisonWithNull(c, scope, out);
            } else {
                scope.compare(c.path(), c.operator(), c.value(), out);
            }
        } else if (filter instanceof Filter.Present p) {
            scope.present(p.path(), out);
        } else if (filter instanceof Filter.ValuePath vp) {
            scope.valuePath(vp, out);
        } else {
            throw new IllegalStateException("Unknown filter node " + filter);
        }
    }

    /** {@code eq null} means "not present" and {@code ne null} "present" (RFC 7644 3.4.2.2 treats null as unassigned). */
    private static void comparisonWithNull(Filter.Comparison c, Scope scope, SqlBuilder out) {
        if (c.operator() == ComparisonOperator.EQ) {
            out.sql("NOT (");
            scope.present(c.path(), out);
            out.sql(")");
        } else if (c.operator() == ComparisonOperator.NE) {
            scope.present(c.path(), out);
        } else {
            throw ScimException.invalidFilter("null can only be compared with eq or ne");
        }
    }

    private void binary(Filter left, String operator, Filter right, Scope scope, SqlBuilder out) {
        out.sql("(");
        emit(left, scope, out);
        out.sql(operator);
        emit(right, scope, out);
        out.sql(")");
    }

    private String alias(String prefix) {
        return prefix + (++aliases);
    }

    /**
     * Opens {@code EXISTS (SELECT 1 FROM scim_attribute_value v WHERE v.resource_id = r.id AND v.attr = ?}: an
     * indexed value of the resource's attribute {@code attr}. The caller adds its conditions and the closing ")".
     */
    private static void openValueExists(String v, String attr, SqlBuilder out) {
        out.sql("EXISTS (SELECT 1 FROM scim_attribute_value ")
                .sql(v)
                .sql(" WHERE ")
                .sql(v)
                .sql(".resource_id = r.id AND ")
                .sql(v)
                .sql(".attr = ")
                .param(attr);
    }

    /** Where a leaf's attribute names are looked up: the resource, or one element of a multi-valued attribute. */
    private interface Scope {
        void compare(AttributePath path, ComparisonOperator op, JsonValue value, SqlBuilder out);

        void present(AttributePath path, SqlBuilder out);

        void valuePath(Filter.ValuePath valuePath, SqlBuilder out);
    }

    /** Top level: paths are relative to the resource. */
    private final class ResourceScope implements Scope {

        @Override
        public void compare(AttributePath path, ComparisonOperator op, JsonValue value, SqlBuilder out) {
            FilterTarget target = resolver.resolve(path);
            if (target instanceof FilterTarget.Column column) {
                compareColumn(column, path, op, value, out);
            } else if (target instanceof FilterTarget.Indexed indexed) {
                compareIndexed(indexed, path, op, value, out);
            } else if (target instanceof FilterTarget.Membership membership) {
                String gm = alias("gm");
                SqlBuilder inner = new SqlBuilder();
                new MembershipElementScope(membership.side(), gm)
                        .compare(
                                AttributePath.of(membership.subAttr() == null ? "value" : membership.subAttr()),
                                op == ComparisonOperator.NE ? ComparisonOperator.EQ : op,
                                value,
                                inner);
                out.sql(op == ComparisonOperator.NE ? "NOT " : "").sql("EXISTS (");
                membershipFrom(membership.side(), gm, out);
                out.sql(" AND ").append(inner).sql(")");
            } else {
                FilterTarget.Constant constant = (FilterTarget.Constant) target;
                boolean equal = constant.value().equalsIgnoreCase(Literals.text(value, path));
                boolean result;
                if (op == ComparisonOperator.EQ) {
                    result = equal;
                } else if (op == ComparisonOperator.NE) {
                    result = !equal;
                } else {
                    throw ScimException.invalidFilter("'" + path + "' supports only eq and ne");
                }
                out.sql(result ? "1 = 1" : "1 = 0");
            }
        }

        @Override
        public void present(AttributePath path, SqlBuilder out) {
            FilterTarget target = resolver.resolve(path);
            if (target instanceof FilterTarget.Column column) {
                out.sql("(").sql(column.expression()).sql(" IS NOT NULL");
                if (column.kind().isText()) {
                    out.sql(" AND ").sql(column.expression()).sql(" <> ''");
                }
                out.sql(")");
            } else if (target instanceof FilterTarget.Indexed indexed) {
                String v = alias("v");
                openValueExists(v, indexed.attr(), out);
                if (indexed.subAttr() != null) {
                    out.sql(" AND ").sql(v).sql(".sub_attr = ").param(indexed.subAttr());
                }
                out.sql(" AND (").sql(v).sql(".value_text IS NULL OR ").sql(v).sql(".value_text <> ''))");
            } else if (target instanceof FilterTarget.Membership membership) {
                out.sql("EXISTS (");
                membershipFrom(membership.side(), alias("gm"), out);
                out.sql(")");
            } else {
                out.sql("1 = 1");
            }
        }

        @Override
        public void valuePath(Filter.ValuePath valuePath, SqlBuilder out) {
            FilterTarget target = resolver.resolve(valuePath.path());
            if (target instanceof FilterTarget.Indexed indexed) {
                AttributeDefinition parent = resolver.complexAttribute(valuePath.path());
                String e = alias("e");
                openValueExists(e, indexed.attr(), out);
                out.sql(" AND ");
                emit(valuePath.filter(), new IndexedElementScope(parent, e), out);
                out.sql(")");
            } else if (target instanceof FilterTarget.Membership membership) {
                String gm = alias("gm");
                out.sql("EXISTS (");
                membershipFrom(membership.side(), gm, out);
                out.sql(" AND ");
                emit(valuePath.filter(), new MembershipElementScope(membership.side(), gm), out);
                out.sql(")");
            } else {
                throw ScimException.invalidFilter("'" + valuePath.path() + "' is not a multi-valued attribute");
            }
        }
    }

    /** Inside {@code attr[...]} of an indexed attribute: leaves test sub-attributes of the same element. */
    private final class IndexedElementScope implements Scope {
        private final AttributeDefinition parent;
        private final String element;

        IndexedElementScope(AttributeDefinition parent, String element) {
            this.parent = parent;
            this.element = element;
        }

        private AttributeDefinition sub(AttributePath path) {
            if (path.hasSubAttribute() || path.schemaUrn() != null) {
                throw ScimException.invalidFilter(
                        "'" + path + "' inside [ ] must name a sub-attribute of " + parent.name());
            }
            return parent.subAttribute(path.attribute())
                    .orElseThrow(() -> ScimException.invalidFilter(
                            "'" + parent.name() + "' has no sub-attribute '" + path.attribute() + "'"));
        }

        private void open(String x, AttributeDefinition sub, SqlBuilder out) {
            out.sql("EXISTS (SELECT 1 FROM scim_attribute_value ")
                    .sql(x)
                    .sql(" WHERE ")
                    .sql(x)
                    .sql(".resource_id = ")
                    .sql(element)
                    .sql(".resource_id AND ")
                    .sql(x)
                    .sql(".attr = ")
                    .sql(element)
                    .sql(".attr AND ")
                    .sql(x)
                    .sql(".elem = ")
                    .sql(element)
                    .sql(".elem AND ")
                    .sql(x)
                    .sql(".sub_attr = ")
                    .param(sub.name().toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public void compare(AttributePath path, ComparisonOperator op, JsonValue value, SqlBuilder out) {
            AttributeDefinition sub = sub(path);
            ValueKind kind = FilterTargetResolver.kindOf(sub, path);
            String x = alias("x");
            boolean negate = op == ComparisonOperator.NE;
            out.sql(negate ? "NOT " : "");
            open(x, sub, out);
            out.sql(" AND ");
            compareValue(out, x, kind, negate ? ComparisonOperator.EQ : op, value, path);
            out.sql(")");
        }

        @Override
        public void present(AttributePath path, SqlBuilder out) {
            AttributeDefinition sub = sub(path);
            String x = alias("x");
            open(x, sub, out);
            out.sql(" AND (").sql(x).sql(".value_text IS NULL OR ").sql(x).sql(".value_text <> ''))");
        }

        @Override
        public void valuePath(Filter.ValuePath valuePath, SqlBuilder out) {
            throw ScimException.invalidFilter("Value paths cannot be nested");
        }
    }

    /** Inside {@code members[...]} or {@code groups[...]}: leaves test columns of one membership row. */
    private final class MembershipElementScope implements Scope {
        private final FilterTarget.MembershipSide side;
        private final String row;

        MembershipElementScope(FilterTarget.MembershipSide side, String row) {
            this.side = side;
            this.row = row;
        }

        @Override
        public void compare(AttributePath path, ComparisonOperator op, JsonValue value, SqlBuilder out) {
            String sub = path.attribute().toLowerCase(java.util.Locale.ROOT);
            switch (sub) {
                case "value" -> {
                    if (op == ComparisonOperator.NE) {
                        out.sql("NOT (");
                        compareExpression(
                                out,
                                row + "." + side.otherColumn,
                                ValueKind.TEXT_EXACT,
                                ComparisonOperator.EQ,
                                value,
                                path);
                        out.sql(")");
                    } else {
                        compareExpression(out, row + "." + side.otherColumn, ValueKind.TEXT_EXACT, op, value, path);
                    }
                }
                case "type" -> {
                    if (side != FilterTarget.MembershipSide.GROUP_MEMBERS) {
                        throw ScimException.invalidFilter("Filtering on groups.type is not supported");
                    }
                    out.sql(op == ComparisonOperator.NE ? "NOT (" : "(");
                    compareExpression(
                            out,
                            "LOWER(" + row + ".member_type)",
                            ValueKind.TEXT_CI,
                            op == ComparisonOperator.NE ? ComparisonOperator.EQ : op,
                            value,
                            path);
                    out.sql(")");
                }
                case "display" -> {
                    if (side != FilterTarget.MembershipSide.USER_GROUPS) {
                        throw ScimException.invalidFilter("Filtering on members.display is not supported");
                    }
                    String g = alias("g");
                    out.sql(op == ComparisonOperator.NE ? "NOT " : "")
                            .sql("EXISTS (SELECT 1 FROM scim_group ")
                            .sql(g)
                            .sql(" WHERE ")
                            .sql(g)
                            .sql(".id = ")
                            .sql(row)
                            .sql(".group_id AND ");
                    compareExpression(
                            out,
                            g + ".display_name_ci",
                            ValueKind.TEXT_CI,
                            op == ComparisonOperator.NE ? ComparisonOperator.EQ : op,
                            value,
                            path);
                    out.sql(")");
                }
                default ->
                    throw ScimException.invalidFilter("Filtering on '" + path + "' of a membership is not supported");
            }
        }

        @Override
        public void present(AttributePath path, SqlBuilder out) {
            String sub = path.attribute().toLowerCase(java.util.Locale.ROOT);
            out.sql(
                    switch (sub) {
                        case "value", "type", "display" -> "1 = 1";
                        default ->
                            throw ScimException.invalidFilter(
                                    "Filtering on '" + path + "' of a membership is not supported");
                    });
        }

        @Override
        public void valuePath(Filter.ValuePath valuePath, SqlBuilder out) {
            throw ScimException.invalidFilter("Value paths cannot be nested");
        }
    }

    private static void membershipFrom(FilterTarget.MembershipSide side, String gm, SqlBuilder out) {
        out.sql("SELECT 1 FROM group_member ")
                .sql(gm)
                .sql(" WHERE ")
                .sql(gm)
                .sql(".")
                .sql(side.ownColumn)
                .sql(" = r.id");
    }

    private void compareColumn(
            FilterTarget.Column column, AttributePath path, ComparisonOperator op, JsonValue value, SqlBuilder out) {
        if (op == ComparisonOperator.NE) {
            out.sql("(");
            if (column.nullable()) {
                out.sql(column.expression()).sql(" IS NULL OR ");
            }
            out.sql(column.expression())
                    .sql(" <> ")
                    .param(Literals.toParameter(column.kind(), value, path))
                    .sql(")");
            return;
        }
        compareExpression(out, column.expression(), column.kind(), op, value, path);
    }

    private void compareIndexed(
            FilterTarget.Indexed indexed, AttributePath path, ComparisonOperator op, JsonValue value, SqlBuilder out) {
        if (indexed.kind() == null) {
            throw ScimException.invalidFilter("'" + path + "' is complex: compare one of its sub-attributes");
        }
        String v = alias("v");
        boolean negate = op == ComparisonOperator.NE;
        out.sql(negate ? "NOT " : "");
        openValueExists(v, indexed.attr(), out);
        out.sql(" AND ").sql(v).sql(".sub_attr = ").param(indexed.subAttr()).sql(" AND ");
        compareValue(out, v, indexed.kind(), negate ? ComparisonOperator.EQ : op, value, path);
        out.sql(")");
    }

    /**
     * A comparison on an attribute-index row. Exact (caseExact) equality also tests the lower-cased copy,
     * so the lookup goes through ix_attr_ci, the table's only value index.
     */
    private static void compareValue(
            SqlBuilder out, String row, ValueKind kind, ComparisonOperator op, JsonValue value, AttributePath path) {
        if (kind == ValueKind.TEXT_EXACT && op == ComparisonOperator.EQ) {
            out.sql(row)
                    .sql(".value_ci = ")
                    .param(Literals.toParameter(ValueKind.TEXT_CI, value, path))
                    .sql(" AND ");
        }
        compareExpression(out, row + "." + indexColumn(kind), kind, op, value, path);
    }

    static String indexColumn(ValueKind kind) {
        return switch (kind) {
            case TEXT_EXACT -> "value_text";
            case TEXT_CI -> "value_ci";
            case BOOLEAN -> "value_bool";
            case NUMBER, DATE_TIME -> "value_num";
        };
    }

    /** {@code expression op ?} for eq, substring and ordering operators (ne is handled by the caller). */
    private static void compareExpression(
            SqlBuilder out,
            String expression,
            ValueKind kind,
            ComparisonOperator op,
            JsonValue value,
            AttributePath path) {
        Object parameter = Literals.toParameter(kind, value, path);
        if (op.isSubstring()) {
            if (!kind.isText()) {
                throw ScimException.invalidFilter(
                        "'" + op.wireName() + "' needs a text attribute; '" + path + "' is not");
            }
            out.sql(expression)
                    .sql(" LIKE ")
                    .param(Literals.likePattern((String) parameter, op))
                    .sql(" ESCAPE '\\'");
            return;
        }
        if (op.isOrdering() && kind == ValueKind.BOOLEAN) {
            throw ScimException.invalidFilter("'" + op.wireName() + "' cannot compare the boolean '" + path + "'");
        }
        String sqlOperator = switch (op) {
            case EQ -> " = ";
            case NE -> " <> ";
            case GT -> " > ";
            case GE -> " >= ";
            case LT -> " < ";
            case LE -> " <= ";
            default -> throw new IllegalStateException(op.toString());
        };
        out.sql(expression).sql(sqlOperator).param(parameter);
    }
}
