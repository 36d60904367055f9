package dev.roster.admin.api;

import dev.roster.web.api.ApiFeature;
import java.util.Set;

/** The admin feature of {@code /api/v1}: integrations, SCIM setup, the OAuth client, the directory and events. */
public class AdminApiFeature implements ApiFeature {

    @Override
    public Set<Class<?>> classes() {
        return Set.of(
                IntegrationsResource.class,
                ScimSetupResource.class,
                OAuthClientResource.class,
                DirectoryListsResource.class,
                DirectoryEntriesResource.class,
                IntegrationEventsResource.class,
                EventsResource.class);
    }
}
