package dev.roster.audit;

/** Where a logged action came from: the client address, its user agent and (for admin actions) who. */
public record RequestOrigin(String address, String userAgent, String actor) {

    public static final RequestOrigin UNKNOWN = new RequestOrigin(null, null, null);
}
