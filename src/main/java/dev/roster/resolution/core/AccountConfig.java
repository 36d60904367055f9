package dev.roster.resolution.core;

import dev.roster.resolution.carrier.CarrierParser;
import java.util.Objects;

/**
 * An immutable snapshot of one database account as resolution needs it, with a parser for its markers. Built
 * from the registry and cached briefly per node.
 *
 * @param id                 the account id
 * @param name               the service account's name as registered ({@code looker_svc}): the answer's
 *                           {@code repoUser}
 * @param repositoryId       its repository's id
 * @param repositoryName     its repository's name
 * @param application        which carriers count
 * @param integrationId      the integration whose directory resolves end users
 * @param retrieveGroups     whether answers carry the user's groups
 * @param identityKey        how user names from carriers are matched
 * @param requireAttribution whether unattributed use raises an alert
 * @param parser             the carrier parser for the account's markers
 * @param looker             the repository's Looker API settings, or null when it has none
 */
public record AccountConfig(
        String id,
        String name,
        String repositoryId,
        String repositoryName,
        Application application,
        String integrationId,
        boolean retrieveGroups,
        IdentityKey identityKey,
        boolean requireAttribution,
        CarrierParser parser,
        LookerSettings looker) {

    public AccountConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repositoryId, "repositoryId");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(identityKey, "identityKey");
        Objects.requireNonNull(parser, "parser");
    }

    /**
     * A repository's Looker API access. {@code version} changes whenever the settings do, so cached tokens and
     * mappings of old settings are not reused.
     */
    public record LookerSettings(
            String repositoryId, String apiUrl, String clientId, String clientSecret, int cacheSeconds, long version) {

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "LookerSettings[" + apiUrl + ", clientId=" + clientId + "]";
        }
    }
}
