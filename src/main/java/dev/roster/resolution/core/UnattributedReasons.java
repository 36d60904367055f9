package dev.roster.resolution.core;

/**
 * Why a resolution named no one, beyond the carrier-level reasons of
 * {@link dev.roster.resolution.carrier.UnattributedReason} ({@code no-carrier}, {@code empty-user},
 * {@code malformed-carrier}, {@code ambiguous-carrier}).
 */
public final class UnattributedReasons {

    /** The carrier named a user the directory does not have. */
    public static final String UNKNOWN_USER = "unknown-user";
    /** The user exists but is deactivated; the answer names them with {@code active:false} and no groups. */
    public static final String INACTIVE_USER = "inactive-user";
    /** More than one user has the email. */
    public static final String AMBIGUOUS_EMAIL = "ambiguous-email";
    /** The Looker user id is in neither the uploaded mapping nor the Looker API. */
    public static final String UNKNOWN_LOOKER_USER = "unknown-looker-user";
    /** A Looker user id arrived, but the repository has neither a mapping nor Looker API credentials. */
    public static final String NO_LOOKER_MAPPING = "no-looker-mapping";
    /** The Looker API did not answer usably (network, credentials, server error). */
    public static final String LOOKER_UNAVAILABLE = "looker-unavailable";
    /**
     * An email comment contradicts the Looker context comment of the same statement (the Looker user id maps to
     * another email): someone typed a carrier into SQL Runner.
     */
    public static final String CARRIER_MISMATCH = "carrier-mismatch";

    private UnattributedReasons() {}
}
