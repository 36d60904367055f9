package dev.roster.resolution.registry.api;

import dev.roster.resolution.looker.LookerMappingFiles;
import dev.roster.resolution.registry.RegistryService;
import dev.roster.resolution.registry.api.RegistryModels.MappingEntry;
import dev.roster.resolution.registry.api.RegistryModels.MappingView;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryView;
import dev.roster.web.api.PageRequest;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/repositories/{id}/looker…}: a repository's Looker API credentials and uploaded user mapping. */
@Path(RepositoriesResource.PATH)
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@Produces(MediaType.APPLICATION_JSON)
public class LookerResource {

    @Inject
    RegistryService registry;

    @Inject
    RegistryViews views;

    @DELETE
    @Path("{id}/looker")
    @Operation(
            summary = "Remove the Looker API credentials",
            description = "Looker user ids are then mapped only through the uploaded mapping.")
    @APIResponseSchema(value = RepositoryView.class, responseCode = "200", responseDescription = "The repository")
    public RepositoryView removeLooker(@PathParam("id") String id) {
        return views.repository(registry.removeLooker(id));
    }

    @PUT
    @Path("{id}/looker-user-map")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Upload the Looker user id → email mapping",
            description = "Replaces the whole mapping. "
                    + "text/csv: one looker_user_id,email per line, optional header (an export of Looker's System Activity "
                    + "Users explore with User ID and Email); application/json: {\"mappings\":[{\"lookerUserId\":123,"
                    + "\"email\":\"jane@example.com\"}]}. Consulted before the Looker API.")
    @RequestBody(
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema =
                                @Schema(
                                        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                        example = "looker_user_id,email\n123,jane@example.com")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MappingView.class))
            })
    @APIResponseSchema(
            value = MappingView.class,
            responseCode = "200",
            responseDescription = "The first entries of the stored mapping")
    @APIResponse(responseCode = "400", description = "A line or element that is not id,email")
    public MappingView uploadMapping(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        Map<Long, String> mapping;
        try {
            boolean json = contentType != null && contentType.toLowerCase().contains("json");
            mapping = json
                    ? LookerMappingFiles.parseJson(body == null ? "" : body)
                    : LookerMappingFiles.parseCsv(body == null ? "" : body);
        } catch (LookerMappingFiles.InvalidMapping e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        registry.replaceLookerMapping(id, mapping);
        return mapping(id, 0, 100);
    }

    @GET
    @Path("{id}/looker-user-map")
    @Operation(
            summary = "Read the uploaded Looker user mapping",
            description = "By user id, paged by startIndex (1-based) and count (at most 1000).")
    @APIResponseSchema(value = MappingView.class, responseCode = "200", responseDescription = "A page of the mapping")
    @APIResponse(responseCode = "400", description = "startIndex or count is not an integer")
    public MappingView getMapping(
            @PathParam("id") String id,
            @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count) {
        PageRequest window = PageRequest.scimStyle("startIndex", startIndex, "count", count, 100, 1000);
        return mapping(id, window.startIndex() - 1, window.count());
    }

    @DELETE
    @Path("{id}/looker-user-map")
    @Operation(summary = "Delete the uploaded Looker user mapping")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteMapping(@PathParam("id") String id) {
        registry.deleteLookerMapping(id);
        return Response.noContent().build();
    }

    private MappingView mapping(String id, int offset, int count) {
        List<MappingEntry> items = registry.lookerMappingPage(id, offset, count).entrySet().stream()
                .map(e -> new MappingEntry(e.getKey(), e.getValue()))
                .toList();
        return new MappingView(id, registry.lookerMappingCount(id), items);
    }
}
