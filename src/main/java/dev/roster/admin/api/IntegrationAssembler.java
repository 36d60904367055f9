package dev.roster.admin.api;

import dev.roster.admin.api.model.IntegrationView;
import dev.roster.admin.api.model.UserCounts;
import dev.roster.integration.IntegrationEntity;
import dev.roster.integration.IntegrationStatus;
import dev.roster.web.api.IsoTimes;

/** Integration entity + status → the admin API's view. */
final class IntegrationAssembler {

    private IntegrationAssembler() {}

    static IntegrationView view(IntegrationEntity integration, IntegrationStatus status) {
        return new IntegrationView(
                integration.id(),
                integration.name(),
                integration.idp().wireName(),
                integration.scimEnabled(),
                IsoTimes.instant(integration.createdAt()),
                IsoTimes.instant(integration.modifiedAt()),
                IsoTimes.instant(status.lastScimRequestAt()),
                IsoTimes.instant(status.lastErrorAt()),
                status.lastError(),
                new UserCounts(status.activeUsers(), status.inactiveUsers()),
                status.groups());
    }
}
