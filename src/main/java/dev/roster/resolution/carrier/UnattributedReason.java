package dev.roster.resolution.carrier;

/** Why a statement could not be attributed to a person; {@link #code()} is what the API and logs show. */
public enum UnattributedReason {
    /** A carrier was there but could not be read: bad JSON, a non-numeric Looker user_id, a broken shape. */
    MALFORMED_CARRIER("malformed-carrier"),
    /** A carrier was there but named no one: a Tableau extract refresh, a Looker PDT build. */
    EMPTY_USER("empty-user"),
    /** One statement carried claims naming different people. */
    AMBIGUOUS_CARRIER("ambiguous-carrier"),
    /** Neither the statement nor its session carried anyone. */
    NO_CARRIER("no-carrier");

    private final String code;

    UnattributedReason(String code) {
        this.code = code;
    }

    /** The reason as the API spells it, such as {@code malformed-carrier}. */
    public String code() {
        return code;
    }
}
