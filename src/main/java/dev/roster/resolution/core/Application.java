package dev.roster.resolution.core;

import dev.roster.json.WireName;
import dev.roster.resolution.carrier.CarrierKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What sends statements through a database account, and so which carriers are believed for it. A carrier of
 * another application's form is ignored like any other comment: a Tableau user cannot name someone else with a
 * custom-application comment in Custom SQL, nor a Looker SQL Runner user with Tableau's marker statement. Named
 * on the wire in lower case.
 */
public enum Application implements WireName {
    /** Looker: its context comment and the email comment of a connection's SQL preamble. */
    LOOKER(EnumSet.of(CarrierKind.LOOKER_CONTEXT, CarrierKind.LOOKER_EMAIL)),
    /** Tableau: Initial SQL marker statements, for the rest of the session. */
    TABLEAU(EnumSet.of(CarrierKind.TABLEAU_ENDUSER, CarrierKind.TABLEAU_EMAIL)),
    /** An application of your own: {@code RosterContext} comments, or an email comment. */
    CUSTOM(EnumSet.of(CarrierKind.CUSTOM_CONTEXT, CarrierKind.LOOKER_EMAIL));

    private final Set<CarrierKind> carriers;

    Application(Set<CarrierKind> carriers) {
        this.carriers = carriers;
    }

    /** Whether statements of this application may name their end user with {@code kind}. */
    public boolean accepts(CarrierKind kind) {
        return carriers.contains(kind);
    }

    /** The application of a wire name, ignoring case and surrounding blanks; empty for null or none. */
    public static Optional<Application> fromWire(String value) {
        return value == null ? Optional.empty() : WireName.find(Application.class, value.strip());
    }
}
