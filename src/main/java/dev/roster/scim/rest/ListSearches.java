package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.ResourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Starts the search of a list request ({@code GET /Users}, {@code POST /Groups/.search}, {@code POST /.search}):
 * reads its parameters with the configured page size and binds them to the calling integration and to a renderer
 * at this server's SCIM base URL, so every listing pages and renders alike.
 */
@ApplicationScoped
class ListSearches {

    @Inject
    ResourceService resources;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    /** The search of a {@code GET} listing, from its query parameters. */
    RenderedSearch fromQuery(MultivaluedMap<String, String> query) {
        return search(ListParameters.fromQuery(query, config.maxPageSize()));
    }

    /** The search of a {@code POST .search}, from its SearchRequest body. */
    RenderedSearch fromSearchRequest(JsonObject body) {
        return search(ListParameters.fromSearchRequest(body, config.maxPageSize()));
    }

    private RenderedSearch search(ListParameters parameters) {
        return new RenderedSearch(
                resources, new ResourceRenderer(config.scimBaseUrl()), parameters, caller.integrationId());
    }
}
