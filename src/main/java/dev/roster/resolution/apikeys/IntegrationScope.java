package dev.roster.resolution.apikeys;

import java.util.Collection;
import java.util.Set;

/**
 * Which integrations' directories an API key may read: all of them ({@link #ALL}, keys issued without a list),
 * or only those listed. A listed integration that is deleted leaves the list, so a key never comes to cover an
 * integration created later under the same id, and a key whose every integration went reads nothing.
 *
 * @param integrationIds the integrations the key may read; null for all
 */
public record IntegrationScope(Set<String> integrationIds) {

    public static final IntegrationScope ALL = new IntegrationScope(null);

    public IntegrationScope {
        integrationIds = integrationIds == null ? null : Set.copyOf(integrationIds);
    }

    public static IntegrationScope only(Collection<String> integrationIds) {
        return new IntegrationScope(Set.copyOf(integrationIds));
    }

    public boolean all() {
        return integrationIds == null;
    }

    /** Whether the key may read this integration's users. */
    public boolean includes(String integrationId) {
        return integrationIds == null || integrationId != null && integrationIds.contains(integrationId);
    }
}
