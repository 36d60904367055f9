package dev.roster.resolution.carrier;

/** How long a carrier's identity claim holds. */
public enum CarrierScope {
    /** Only for the statement that carries it: Looker and custom-application comments. */
    STATEMENT,
    /** For the rest of the database session: Tableau's Initial SQL runs once when a connection opens. */
    SESSION
}
