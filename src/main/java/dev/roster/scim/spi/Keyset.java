package dev.roster.scim.spi;

/**
 * The window of cursor paging (RFC 9865): the rows that follow {@code position} in the listing's order, or
 * with {@code backward} the rows that precede it. Without a position a window starts at the first row
 * (forward) or ends at the last (backward). Rows are never counted, so rows created or deleted elsewhere in
 * the listing move no window: every row that exists for a whole walk is met exactly once.
 */
public record Keyset(boolean backward, ListingKey position) {

    /** The first window of a walk. */
    public static Keyset first() {
        return new Keyset(false, null);
    }

    public static Keyset after(ListingKey position) {
        return new Keyset(false, position);
    }

    public static Keyset before(ListingKey position) {
        return new Keyset(true, position);
    }
}
