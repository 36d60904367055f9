package dev.roster.integration;

import java.util.Locale;
import java.util.Optional;

/** The identity provider an integration receives provisioning from; it decides the wording of the setup panel. */
public enum IdpType {
    OKTA,
    ENTRA,
    GENERIC;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IdpType> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (IdpType type : values()) {
            if (type.wireName().equalsIgnoreCase(value.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
