package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.resources.AttributeProjection;
import dev.roster.scim.resources.ListResponse;
import dev.roster.scim.resources.Projection;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.service.GroupService;
import dev.roster.scim.service.ResourceRenderer;
import dev.roster.scim.service.UserService;
import dev.roster.scim.spi.Page;
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

    private static final AttributeProjection PROJECTIONS = new AttributeProjection(SchemaRegistry.standard());

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    @Inject
    ScimCursors cursors;

    @POST
    @Operation(
            summary = "Search users and groups together with a SearchRequest body",
            description = ScimCursors.SEARCH_DESCRIPTION)
    public Response search(JsonObject body) {
        ListParameters parameters = ListParameters.fromSearchRequest(body, config.maxPageSize());
        String integration = caller.integrationId();
        if (parameters.byCursor()) {
            return ScimResponses.list(new RootSearchCursorPage(
                            users,
                            groups,
                            cursors,
                            PROJECTIONS,
                            new ResourceRenderer(config.scimBaseUrl()),
                            parameters,
                            integration)
                    .page());
        }
        ResourceRenderer renderer = new ResourceRenderer(config.scimBaseUrl());
        SchemaRegistry registry = SchemaRegistry.standard();
        Projection userProjection =
                PROJECTIONS.parse(registry.user(), parameters.attributes(), parameters.excludedAttributes());
        Projection groupProjection =
                PROJECTIONS.parse(registry.group(), parameters.attributes(), parameters.excludedAttributes());

        ScimException userFailure = null;
        long userTotal = 0;
        List<JsonObject> resources = new ArrayList<>();
        try {
            Page<UserService.UserView> page =
                    users.search(integration, parameters.toSearchSpec(), userProjection.includes("groups"));
            userTotal = page.totalResults();
            page.items().forEach(u -> resources.add(userProjection.apply(renderer.user(u.user(), u.groups()))));
        } catch (ScimException e) {
            userFailure = e;
        }
        // The groups' window starts where the users ran out.
        int groupStart = (int) Math.max(1, parameters.startIndex() - userTotal);
        int groupCount = Math.max(0, parameters.count() - resources.size());
        long groupTotal = 0;
        try {
            SearchSpec spec = new SearchSpec(
                    parameters.filter(), parameters.sortBy(), parameters.descending(), groupStart, groupCount);
            Page<GroupService.GroupView> page = groups.search(integration, spec, groupProjection.includes("members"));
            groupTotal = page.totalResults();
            page.items().forEach(g -> resources.add(groupProjection.apply(renderer.group(g.group(), g.members()))));
        } catch (ScimException e) {
            if (userFailure != null) {
                throw userFailure;
            }
        }
        return ScimResponses.list(ListResponse.of(resources, userTotal + groupTotal, parameters.startIndex()));
    }
}
