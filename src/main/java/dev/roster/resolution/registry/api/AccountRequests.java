package dev.roster.resolution.registry.api;

import dev.roster.resolution.core.Application;
import dev.roster.resolution.core.IdentityKey;
import dev.roster.resolution.registry.AccountSettings;
import dev.roster.resolution.registry.RegistryException;
import dev.roster.resolution.registry.api.RegistryModels.AccountRequest;
import dev.roster.resolution.registry.api.RegistryModels.Markers;

/** A database account's settings from an API request, the request's values over the current ones. */
final class AccountRequests {

    private AccountRequests() {}

    /** New settings: the request's values over {@code current} (null for a new account). */
    static AccountSettings settings(AccountSettings current, AccountRequest r) {
        String name = r.name() != null ? r.name().strip() : current == null ? null : current.name();
        if (name == null) {
            throw RegistryException.invalid("name is required");
        }
        Application application;
        if (r.application() != null) {
            application = Application.fromWire(r.application())
                    .orElseThrow(() -> RegistryException.invalid("application must be one of looker, tableau, custom"));
        } else if (current != null) {
            application = current.application();
        } else {
            throw RegistryException.invalid("application is required (looker, tableau or custom)");
        }
        String integrationId = r.integrationId() != null
                ? r.integrationId().strip()
                : current == null ? null : current.integrationId();
        if (integrationId == null || integrationId.isEmpty()) {
            throw RegistryException.invalid("integrationId is required");
        }
        IdentityKey key;
        if (r.identityKey() != null) {
            key = IdentityKey.fromWire(r.identityKey())
                    .orElseThrow(() -> RegistryException.invalid("identityKey must be userName or email"));
        } else {
            key = current == null ? IdentityKey.USER_NAME : current.identityKey();
        }
        boolean groups = r.retrieveGroups() != null ? r.retrieveGroups() : current == null || current.retrieveGroups();
        boolean require = r.requireAttribution() != null
                ? r.requireAttribution()
                : current != null && current.requireAttribution();
        Markers m = markers(current, r.markers());
        try {
            return new AccountSettings(
                    name,
                    application,
                    integrationId,
                    groups,
                    key,
                    require,
                    m.lookerContext(),
                    m.email(),
                    m.endUser(),
                    m.customContext());
        } catch (IllegalArgumentException e) {
            throw RegistryException.invalid("markers: " + e.getMessage());
        }
    }

    /** The request's markers replace all four (blank ones fall back to the defaults); absent, the current stay. */
    private static Markers markers(AccountSettings current, Markers requested) {
        if (requested != null) {
            return new Markers(
                    blankToNull(requested.lookerContext()),
                    blankToNull(requested.email()),
                    blankToNull(requested.endUser()),
                    blankToNull(requested.customContext()));
        }
        if (current == null) {
            return new Markers(null, null, null, null);
        }
        return new Markers(
                current.markerLookerContext(),
                current.markerEmail(),
                current.markerEndUser(),
                current.markerCustomContext());
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
