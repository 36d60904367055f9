package dev.roster.integration;

import dev.roster.json.WireName;
import java.util.Optional;

/** The identity provider an integration receives provisioning from; it decides the wording of the setup panel. */
public enum IdpType implements WireName {
    OKTA,
    ENTRA,
    GENERIC;

    public static Optional<IdpType> fromWire(String value) {
        return value == null ? Optional.empty() : WireName.find(IdpType.class, value.trim());
    }
}
