package dev.roster.changes;

import java.util.List;

/**
 * Rows a stream gets after a position, in seq order.
 *
 * @param coveredTo the seq up to which the page holds every row the stream gets: the last row's when the page is
 *     full, else the highest seq handed out when it was read, so a stream that gets none of the rows between can
 *     still move past them
 */
public record OutboxPage(List<OutboxRow> rows, long coveredTo) {}
