package dev.roster.resolution.carrier;

/** The forms in which a BI tool or application names its end user, each with its scope and API name. */
public enum CarrierKind {
    /** {@code -- Looker Query Context '{"user_id":…}'}, prepended by Looker to every query. */
    LOOKER_CONTEXT("looker-context", CarrierScope.STATEMENT),
    /** {@code -- roster.email: jane@example.com}, a Looker user attribute put in by the SQL preamble. */
    LOOKER_EMAIL("looker-email", CarrierScope.STATEMENT),
    /** {@code SELECT 'roster.enduser', 'jdoe'}, Tableau Initial SQL with {@code [TableauServerUser]}. */
    TABLEAU_ENDUSER("tableau-initial-sql", CarrierScope.SESSION),
    /** {@code SELECT 'roster.email', 'jane@example.com'}, Tableau Initial SQL where user names are emails. */
    TABLEAU_EMAIL("tableau-initial-sql", CarrierScope.SESSION),
    /** {@code /* RosterContext {"user":…} *}{@code /}, added by a custom application's client wrapper. */
    CUSTOM_CONTEXT("custom-context", CarrierScope.STATEMENT);

    private final String carrierName;
    private final CarrierScope scope;

    CarrierKind(String carrierName, CarrierScope scope) {
        this.carrierName = carrierName;
        this.scope = scope;
    }

    /** The carrier's name in the API and in logs, such as {@code looker-context}. */
    public String carrierName() {
        return carrierName;
    }

    /** How long a claim carried this way holds. */
    public CarrierScope scope() {
        return scope;
    }
}
