package dev.roster.directory.store;

import java.util.Locale;

/**
 * The few statements that standard SQL cannot say portably: an insert that does nothing when the row
 * exists. Everything else Roster sends is the same on H2 and PostgreSQL.
 */
enum SqlDialect {
    H2, POSTGRESQL;

    static SqlDialect fromProductName(String product) {
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /** Adds one membership row unless it is there already; parameters ?1 group, ?2 member, ?3 type. */
    String insertMembershipIfAbsent() {
        return this == POSTGRESQL
                ? "INSERT INTO group_member (group_id, member_id, member_type) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (group_id, member_id) DO NOTHING"
                : "MERGE INTO group_member (group_id, member_id, member_type) KEY (group_id, member_id) VALUES (?1, ?2, ?3)";
    }
}
