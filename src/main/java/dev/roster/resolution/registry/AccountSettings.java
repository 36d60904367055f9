package dev.roster.resolution.registry;

import dev.roster.resolution.carrier.CarrierMarkers;
import dev.roster.resolution.core.Application;
import dev.roster.resolution.core.IdentityKey;
import java.util.Objects;

/**
 * A database account's settings, validated. Marker names are null for the defaults.
 */
public record AccountSettings(
        String name,
        Application application,
        String integrationId,
        boolean retrieveGroups,
        IdentityKey identityKey,
        boolean requireAttribution,
        String markerLookerContext,
        String markerEmail,
        String markerEndUser,
        String markerCustomContext) {

    /**
     * @throws IllegalArgumentException when the marker names cannot be matched unambiguously
     */
    public AccountSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(identityKey, "identityKey");
        markers(markerLookerContext, markerEmail, markerEndUser, markerCustomContext);
    }

    /** The effective markers. */
    public CarrierMarkers markers() {
        return markers(markerLookerContext, markerEmail, markerEndUser, markerCustomContext);
    }

    static CarrierMarkers markers(String lookerContext, String email, String endUser, String customContext) {
        CarrierMarkers defaults = CarrierMarkers.defaults();
        return new CarrierMarkers(
                lookerContext == null ? defaults.lookerContext() : lookerContext,
                email == null ? defaults.email() : email,
                endUser == null ? defaults.endUser() : endUser,
                customContext == null ? defaults.customContext() : customContext);
    }
}
