package dev.roster.directory.store;

import java.util.Locale;

/**
 * The few statements that differ between H2 and PostgreSQL: adding a membership row. Everything else Roster
 * sends is the same on both.
 */
enum SqlDialect {
    H2,
    POSTGRESQL;

    static SqlDialect fromProductName(String product) {
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /**
     * Adds one membership row; parameters ?1 group, ?2 member, ?3 type. Callers hold the group's row lock and
     * have checked that the row is absent, so on H2 this is a plain insert (its primary key still refuses a
     * duplicate): H2's {@code MERGE ... KEY} compared every member of the group, which made an add into a
     * 10,000-member group four times slower than into an empty one. PostgreSQL keeps the no-op on conflict.
     */
    String insertMembership() {
        return this == POSTGRESQL
                ? "INSERT INTO group_member (group_id, member_id, member_type) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (group_id, member_id) DO NOTHING"
                : "INSERT INTO group_member (group_id, member_id, member_type) VALUES (?1, ?2, ?3)";
    }
}
