package dev.roster.resolution.registry.api;

import dev.roster.resolution.attribution.AttributionEvent;
import dev.roster.resolution.attribution.AttributionQueries;
import dev.roster.resolution.registry.AccountSettings;
import dev.roster.resolution.registry.DbAccountEntity;
import dev.roster.resolution.registry.RegistryService;
import dev.roster.resolution.registry.RepositoryEntity;
import dev.roster.resolution.registry.api.RegistryModels.AccountView;
import dev.roster.resolution.registry.api.RegistryModels.AlertView;
import dev.roster.resolution.registry.api.RegistryModels.AttributionCounts;
import dev.roster.resolution.registry.api.RegistryModels.EventView;
import dev.roster.resolution.registry.api.RegistryModels.LookerView;
import dev.roster.resolution.registry.api.RegistryModels.Markers;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryView;
import dev.roster.web.api.IsoTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** The registry's entities as the API shows them, with their counts. */
@ApplicationScoped
public class RegistryViews {

    @Inject
    RegistryService registry;

    @Inject
    AttributionQueries attribution;

    static AlertView alert(AttributionQueries.Alert a, String repository, String account) {
        return new AlertView(
                a.accountId(),
                repository,
                account,
                a.reason(),
                Instant.ofEpochMilli(a.windowStart()),
                Instant.ofEpochMilli(a.firstSeenAt()),
                Instant.ofEpochMilli(a.lastSeenAt()),
                a.occurrences());
    }

    static EventView event(AttributionEvent e) {
        return new EventView(
                Instant.ofEpochMilli(e.occurredAt()),
                e.attributed(),
                e.outcome(),
                e.carrier(),
                e.claimValue(),
                e.userId(),
                e.userName(),
                e.sessionId());
    }

    RepositoryView repository(RepositoryEntity r) {
        LookerView looker = r.lookerApiUrl() == null
                ? null
                : new LookerView(r.lookerApiUrl(), r.lookerClientId(), r.hasLookerSecret(), r.lookerCacheSeconds());
        return new RepositoryView(
                r.id(),
                r.name(),
                r.type(),
                looker,
                registry.lookerMappingCount(r.id()),
                registry.accounts(r.id()).size(),
                Instant.ofEpochMilli(r.createdAt()),
                Instant.ofEpochMilli(r.modifiedAt()));
    }

    AccountView account(RepositoryEntity repository, DbAccountEntity a) {
        AccountSettings settings = a.settings();
        var markers = settings.markers();
        AttributionQueries.Summary summary = attribution.summary(a.id());
        return new AccountView(
                a.id(),
                a.repositoryId(),
                repository.name(),
                settings.name(),
                settings.application().wireName(),
                settings.integrationId(),
                settings.retrieveGroups(),
                settings.identityKey().wireName(),
                settings.requireAttribution(),
                new Markers(markers.lookerContext(), markers.email(), markers.endUser(), markers.customContext()),
                new AttributionCounts(
                        summary.attributed(),
                        summary.total() - summary.attributed(),
                        IsoTimes.instant(summary.lastSeenAt())),
                Instant.ofEpochMilli(a.createdAt()),
                Instant.ofEpochMilli(a.modifiedAt()));
    }
}
