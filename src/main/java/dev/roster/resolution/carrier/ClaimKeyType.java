package dev.roster.resolution.carrier;

/** Which directory attribute (or external id) an {@link IdentityClaim}'s value is to be looked up by. */
public enum ClaimKeyType {
    /** The SCIM {@code userName}. */
    USER_NAME,
    /** One of the user's SCIM {@code emails}. */
    EMAIL,
    /** Looker's internal numeric user id, mapped to an email through the Looker API elsewhere. */
    LOOKER_USER_ID
}
