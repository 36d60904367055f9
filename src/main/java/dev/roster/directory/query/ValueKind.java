package dev.roster.directory.query;

/** How a filter target's values compare in SQL. */
enum ValueKind {
    /** Text compared as written (caseExact attributes). */
    TEXT_EXACT,
    /** Text compared lower-cased on both sides (caseExact=false). */
    TEXT_CI,
    BOOLEAN,
    /** Numbers, compared numerically. */
    NUMBER,
    /** dateTime values, compared as epoch milliseconds. */
    DATE_TIME;

    boolean isText() {
        return this == TEXT_EXACT || this == TEXT_CI;
    }
}
