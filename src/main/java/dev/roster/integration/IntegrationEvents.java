package dev.roster.integration;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import jakarta.json.JsonObject;

/** Provisioning-log entries of what was done to an integration: it is both their scope and their resource. */
public final class IntegrationEvents {

    private static final String RESOURCE_TYPE = "Integration";

    private IntegrationEvents() {}

    public static ProvisioningEvent success(
            IntegrationEntity integration, EventOperation operation, JsonObject changes) {
        return ProvisioningEvent.success(
                integration.id(), operation, RESOURCE_TYPE, integration.id(), integration.name(), changes);
    }
}
