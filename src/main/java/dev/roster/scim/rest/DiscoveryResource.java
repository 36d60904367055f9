package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.ratelimit.ScimRateLimiter;
import dev.roster.scim.resources.DiscoveryDocuments;
import dev.roster.scim.resources.ServiceProviderSettings;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Discovery endpoints (RFC 7644 section 4), read-only: other methods answer 405. Filters on them are ignored
 * (the RFC allows refusing them; listing everything is what IdPs expect).
 */
@Path("")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class DiscoveryResource {

    @Inject
    RosterConfig config;

    @Inject
    ScimRateLimiter rateLimiter;

    private DiscoveryDocuments documents;

    @PostConstruct
    void init() {
        documents = new DiscoveryDocuments(
                SchemaRegistry.standard(),
                new ServiceProviderSettings(
                        ServiceProviderSettings.defaults().documentationUri(),
                        rateLimiter.policy().capAtBurst(config.bulkMaxOperations()),
                        (int) Math.min(Integer.MAX_VALUE, config.bulkMaxPayloadBytes()),
                        config.maxPageSize(),
                        config.cursorTimeoutSeconds()));
    }

    @GET
    @Path("ServiceProviderConfig")
    @Operation(summary = "The service provider's SCIM capabilities")
    public JsonObject serviceProviderConfig() {
        return documents.serviceProviderConfig(config.scimBaseUrl());
    }

    @GET
    @Path("ResourceTypes")
    @Operation(summary = "The resource types: User and Group")
    public JsonObject resourceTypes() {
        return documents.resourceTypes(config.scimBaseUrl());
    }

    @GET
    @Path("ResourceTypes/{name}")
    @Operation(summary = "One resource type")
    public JsonObject resourceType(@PathParam("name") String name) {
        return documents
                .resourceType(config.scimBaseUrl(), name)
                .orElseThrow(() -> ScimException.notFound("No resource type " + name));
    }

    @GET
    @Path("Schemas")
    @Operation(summary = "The schemas with full attribute metadata")
    public JsonObject schemas() {
        return documents.schemas(config.scimBaseUrl());
    }

    @GET
    @Path("Schemas/{id}")
    @Operation(summary = "One schema by its URN")
    public JsonObject schema(@PathParam("id") String id) {
        return documents.schema(config.scimBaseUrl(), id).orElseThrow(() -> ScimException.notFound("No schema " + id));
    }
}
