package dev.roster.scim.rest;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.resources.ListResponse;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /.search} (RFC 7644 3.4.3) across users and groups: users first, then groups, both in their
 * stable order, paged as one list, by startIndex or by cursor (RFC 9865). A filter that names an attribute only
 * one type has matches nothing of the other type; a filter neither type understands is 400 invalidFilter.
 */
@Path(".search")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class RootSearchResource {

    @Inject
    ListSearches searches;

    @Inject
    ScimCursors cursors;

    @POST
    @Operation(
            summary = "Search users and groups together with a SearchRequest body",
            description = ScimCursors.SEARCH_DESCRIPTION)
    public Response search(JsonObject body) {
        RenderedSearch search = searches.fromSearchRequest(body);
        ListParameters parameters = search.parameters();
        if (parameters.byCursor()) {
            return ScimResponses.list(new RootSearchCursorPage(search, cursors).page());
        }
        ScimException userFailure = null;
        long userTotal = 0;
        List<JsonObject> items = new ArrayList<>();
        try {
            Page<JsonObject> page = search.page(ResourceType.USER, parameters.toSearchSpec());
            userTotal = page.totalResults();
            items.addAll(page.items());
        } catch (ScimException e) {
            userFailure = e;
        }
        // The groups' window starts where the users ran out.
        int groupStart = (int) Math.max(1, parameters.startIndex() - userTotal);
        int groupCount = Math.max(0, parameters.count() - items.size());
        long groupTotal = 0;
        try {
            SearchSpec spec = new SearchSpec(
                    parameters.filter(), parameters.sortBy(), parameters.descending(), groupStart, groupCount);
            Page<JsonObject> page = search.page(ResourceType.GROUP, spec);
            groupTotal = page.totalResults();
            items.addAll(page.items());
        } catch (ScimException e) {
            if (userFailure != null) {
                throw userFailure;
            }
        }
        return ScimResponses.list(ListResponse.of(items, userTotal + groupTotal, parameters.startIndex()));
    }
}
