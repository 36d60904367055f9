package dev.roster.resolution.core;

import dev.roster.resolution.carrier.CarrierKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What sends statements through a database account, and so which carriers are believed for it. A carrier of
 * another application's form is ignored like any other comment: a Tableau user cannot name someone else with a
 * custom-application comment in Custom SQL, nor a Looker SQL Runner user with Tableau's marker statement.
 */
public enum Application {
    /** Looker: its context comment and the email comment of a connection's SQL preamble. */
    LOOKER("looker", EnumSet.of(CarrierKind.LOOKER_CONTEXT, CarrierKind.LOOKER_EMAIL)),
    /** Tableau: Initial SQL marker statements, for the rest of the session. */
    TABLEAU("tableau", EnumSet.of(CarrierKind.TABLEAU_ENDUSER, CarrierKind.TABLEAU_EMAIL)),
    /** An application of your own: {@code RosterContext} comments, or an email comment. */
    CUSTOM("custom", EnumSet.of(CarrierKind.CUSTOM_CONTEXT, CarrierKind.LOOKER_EMAIL));

    private final String wireName;
    private final Set<CarrierKind> carriers;

    Application(String wireName, Set<CarrierKind> carriers) {
        this.wireName = wireName;
        this.carriers = carriers;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether statements of this application may name their end user with {@code kind}. */
    public boolean accepts(CarrierKind kind) {
        return carriers.contains(kind);
    }

    public static Optional<Application> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (Application application : values()) {
            if (application.wireName.equals(wanted)) {
                return Optional.of(application);
            }
        }
        return Optional.empty();
    }
}
