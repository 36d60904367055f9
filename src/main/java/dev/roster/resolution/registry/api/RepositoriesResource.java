package dev.roster.resolution.registry.api;

import dev.roster.resolution.attribution.AttributionEvent;
import dev.roster.resolution.attribution.AttributionQueries;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.Application;
import dev.roster.resolution.core.IdentityKey;
import dev.roster.resolution.looker.LookerMappingFiles;
import dev.roster.resolution.registry.AccountConfigs;
import dev.roster.resolution.registry.AccountSettings;
import dev.roster.resolution.registry.DbAccountEntity;
import dev.roster.resolution.registry.LookerInput;
import dev.roster.resolution.registry.RegistryException;
import dev.roster.resolution.registry.RegistryService;
import dev.roster.resolution.registry.RepositoryEntity;
import dev.roster.resolution.registry.api.RegistryModels.AccountList;
import dev.roster.resolution.registry.api.RegistryModels.AccountRequest;
import dev.roster.resolution.registry.api.RegistryModels.AccountView;
import dev.roster.resolution.registry.api.RegistryModels.AlertView;
import dev.roster.resolution.registry.api.RegistryModels.AttributionCounts;
import dev.roster.resolution.registry.api.RegistryModels.AttributionView;
import dev.roster.resolution.registry.api.RegistryModels.EventView;
import dev.roster.resolution.registry.api.RegistryModels.LookerView;
import dev.roster.resolution.registry.api.RegistryModels.MappingEntry;
import dev.roster.resolution.registry.api.RegistryModels.MappingView;
import dev.roster.resolution.registry.api.RegistryModels.Markers;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryList;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryRequest;
import dev.roster.resolution.registry.api.RegistryModels.RepositoryView;
import dev.roster.resolution.rest.ResolutionJson;
import dev.roster.resolution.rest.ResolutionService;
import dev.roster.resolution.rest.ResolveAnswer;
import dev.roster.web.api.PageRequest;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.Problem;
import dev.roster.web.api.problem.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/repositories}: data repositories, their database accounts, attribution records and the uploaded
 * Looker user mapping. Admin-authenticated like the rest of the admin API.
 */
@Path("repositories")
@RequestScoped
@Tag(name = "Admin: identity resolution registry")
@SecurityRequirement(name = "adminBasic")
@SecurityRequirement(name = "adminSession")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "Not signed in",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RepositoriesResource {

    static final int EVENTS = 50;
    static final int ALERTS = 50;

    @Inject
    RegistryService registry;

    @Inject
    AttributionQueries attribution;

    @Inject
    AccountConfigs accountConfigs;

    @Inject
    ResolutionService resolution;

    // ---------------------------------------------------------------------------------------------------
    // Repositories

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a data repository",
            description = "Optionally with Looker API credentials "
                    + "(the client secret is stored encrypted and never returned).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RepositoryView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid name, type or Looker settings",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The name is taken",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(RepositoryRequest request) {
        body(request);
        RepositoryEntity created = registry.createRepository(request.name(), request.type(), looker(request));
        return Response.status(201).entity(view(created)).build();
    }

    @GET
    @Operation(summary = "List data repositories", description = "By name.")
    @APIResponse(
            responseCode = "200",
            description = "All repositories",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RepositoryList.class)))
    public RepositoryList list() {
        List<RepositoryView> views =
                registry.repositories().stream().map(this::view).toList();
        return new RepositoryList(views.size(), views);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a data repository")
    @APIResponse(
            responseCode = "200",
            description = "The repository",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RepositoryView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such repository",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RepositoryView get(@PathParam("id") String id) {
        return view(registry.repository(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rename, re-type or set Looker API credentials",
            description = "Send any of name, type, "
                    + "looker. looker replaces the settings; without clientSecret the stored secret is kept.")
    @APIResponse(
            responseCode = "200",
            description = "The changed repository",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RepositoryView.class)))
    public RepositoryView update(@PathParam("id") String id, RepositoryRequest request) {
        body(request);
        return view(registry.updateRepository(id, request.name(), request.type(), looker(request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a repository with its accounts, attribution records and Looker mapping")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        registry.deleteRepository(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/looker")
    @Operation(
            summary = "Remove the Looker API credentials",
            description = "Looker user ids are then mapped only " + "through the uploaded mapping.")
    @APIResponse(
            responseCode = "200",
            description = "The repository",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RepositoryView.class)))
    public RepositoryView removeLooker(@PathParam("id") String id) {
        return view(registry.removeLooker(id));
    }

    // ---------------------------------------------------------------------------------------------------
    // Uploaded Looker user mapping

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
    @APIResponse(
            responseCode = "200",
            description = "The first entries of the stored mapping",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MappingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A line or element that is not id,email",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            description = "By user id, paged by startIndex " + "(1-based) and count (at most 1000).")
    @APIResponse(
            responseCode = "200",
            description = "A page of the mapping",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MappingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "startIndex or count is not an integer",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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

    // ---------------------------------------------------------------------------------------------------
    // Database accounts

    @POST
    @Path("{id}/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a database account of the repository",
            description = "The service account a BI "
                    + "tool or application connects with, the integration that resolves its end users, and how.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid settings or unknown integration",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The repository has an account of that name",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createAccount(@PathParam("id") String id, AccountRequest request) {
        body(request);
        AccountSettings settings = settings(null, request);
        DbAccountEntity created = registry.createAccount(id, settings);
        return Response.status(201)
                .entity(view(registry.repository(id), created))
                .build();
    }

    @GET
    @Path("{id}/accounts")
    @Operation(summary = "List the repository's database accounts", description = "With attribution counts.")
    @APIResponse(
            responseCode = "200",
            description = "The accounts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountList.class)))
    public AccountList accounts(@PathParam("id") String id) {
        RepositoryEntity repository = registry.repository(id);
        List<AccountView> views =
                registry.accounts(id).stream().map(a -> view(repository, a)).toList();
        return new AccountList(views.size(), views);
    }

    @GET
    @Path("{id}/accounts/{accountId}")
    @Operation(summary = "Read a database account")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such repository or account",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView account(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        return view(registry.repository(id), registry.account(id, accountId));
    }

    @PATCH
    @Path("{id}/accounts/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a database account",
            description = "Send the fields to change; markers replaces "
                    + "all four marker names (absent ones become the defaults).")
    @APIResponse(
            responseCode = "200",
            description = "The changed account",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    public AccountView updateAccount(
            @PathParam("id") String id, @PathParam("accountId") String accountId, AccountRequest request) {
        body(request);
        DbAccountEntity account = registry.account(id, accountId);
        DbAccountEntity updated =
                registry.updateAccount(id, accountId, settings(registry.settingsOf(account), request));
        return view(registry.repository(id), updated);
    }

    @DELETE
    @Path("{id}/accounts/{accountId}")
    @Operation(summary = "Delete a database account with its attribution records and session carriers")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteAccount(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        registry.deleteAccount(id, accountId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/accounts/{accountId}/attribution")
    @Operation(
            summary = "Attribution records of a database account",
            description = "Counts (attributed, and "
                    + "unattributed by reason), last seen, the newest events and the alerts raised for unattributed use "
                    + "while attribution is required. Counts from other nodes appear within "
                    + "roster.resolution.attribution.flush-seconds.")
    @APIResponse(
            responseCode = "200",
            description = "The records",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttributionView.class)))
    public AttributionView attribution(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        RepositoryEntity repository = registry.repository(id);
        DbAccountEntity account = registry.account(id, accountId);
        AttributionQueries.Summary summary = attribution.summary(accountId);
        List<EventView> events = attribution.recentEvents(accountId, EVENTS).stream()
                .map(RepositoriesResource::event)
                .toList();
        List<AlertView> alerts = attribution.alerts(accountId, ALERTS).stream()
                .map(a -> alert(a, repository.name(), account.name()))
                .toList();
        return new AttributionView(
                accountId,
                repository.name(),
                account.name(),
                account.requireAttribution(),
                summary.total(),
                summary.attributed(),
                summary.unattributed(),
                instant(summary.lastSeenAt()),
                instant(summary.lastAttributedAt()),
                events,
                alerts);
    }

    @POST
    @Path("{id}/accounts/{accountId}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Resolve statements as this account, without side effects",
            description = "For the "
                    + "console's \"who is behind this statement?\": the same answer as POST /api/v1/resolve (which takes "
                    + "API keys), but not counted in the attribution records and without session memory (an Initial SQL "
                    + "applies to the later statements of the same request only).")
    @APIResponse(
            responseCode = "200",
            description = "The answer, as POST /api/v1/resolve gives it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResolveAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "No statements",
            content =
                    @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response preview(
            @PathParam("id") String id,
            @PathParam("accountId") String accountId,
            RegistryModels.PreviewRequest request) {
        List<String> statements = request == null ? null : request.statements();
        if (statements == null
                || statements.isEmpty()
                || statements.size() > 100
                || statements.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiProblem.badRequest("statements must be an array of 1 to 100 strings");
        }
        RepositoryEntity repository = registry.repository(id);
        DbAccountEntity account = registry.account(id, accountId);
        AccountConfig config = accountConfigs
                .find(repository.name(), account.name())
                .orElseThrow(() ->
                        RegistryException.notFound("Repository " + id + " has no account with id '" + accountId + "'"));
        return Response.ok(
                        ResolutionJson.resolution(config, resolution.preview(config, statements)),
                        MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    // ---------------------------------------------------------------------------------------------------

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

    private static EventView event(AttributionEvent e) {
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

    private RepositoryView view(RepositoryEntity r) {
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

    private AccountView view(RepositoryEntity repository, DbAccountEntity a) {
        var markers = registry.settingsOf(a).markers();
        AttributionQueries.Summary summary = attribution.summary(a.id());
        return new AccountView(
                a.id(),
                a.repositoryId(),
                repository.name(),
                a.name(),
                a.application().wireName(),
                a.integrationId(),
                a.retrieveGroups(),
                a.identityKey().wireName(),
                a.requireAttribution(),
                new Markers(markers.lookerContext(), markers.email(), markers.endUser(), markers.customContext()),
                new AttributionCounts(
                        summary.attributed(), summary.total() - summary.attributed(), instant(summary.lastSeenAt())),
                Instant.ofEpochMilli(a.createdAt()),
                Instant.ofEpochMilli(a.modifiedAt()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static LookerInput looker(RepositoryRequest request) {
        RegistryModels.LookerRequest l = request.looker();
        return l == null ? null : new LookerInput(l.apiUrl(), l.clientId(), l.clientSecret(), l.cacheSeconds());
    }

    /** New settings: the request's values over {@code current} (null for a new account). */
    static AccountSettings settings(AccountSettings current, AccountRequest r) {
        String name = r.name() != null ? r.name().strip() : current == null ? null : current.name();
        if (name == null) {
            throw RegistryException.invalid("name is required");
        }
        Application application;
        if (r.application() != null) {
            application = Application.fromWire(r.application())
                    .orElseThrow(() -> RegistryException.invalid("application must be one of looker, tableau, custom"));
        } else if (current != null) {
            application = current.application();
        } else {
            throw RegistryException.invalid("application is required (looker, tableau or custom)");
        }
        String integrationId = r.integrationId() != null
                ? r.integrationId().strip()
                : current == null ? null : current.integrationId();
        if (integrationId == null || integrationId.isEmpty()) {
            throw RegistryException.invalid("integrationId is required");
        }
        IdentityKey key;
        if (r.identityKey() != null) {
            key = IdentityKey.fromWire(r.identityKey())
                    .orElseThrow(() -> RegistryException.invalid("identityKey must be userName or email"));
        } else {
            key = current == null ? IdentityKey.USER_NAME : current.identityKey();
        }
        boolean groups = r.retrieveGroups() != null ? r.retrieveGroups() : current == null || current.retrieveGroups();
        boolean require = r.requireAttribution() != null
                ? r.requireAttribution()
                : current != null && current.requireAttribution();
        Markers m = r.markers();
        try {
            if (m != null) {
                return new AccountSettings(
                        name,
                        application,
                        integrationId,
                        groups,
                        key,
                        require,
                        blankToNull(m.lookerContext()),
                        blankToNull(m.email()),
                        blankToNull(m.endUser()),
                        blankToNull(m.customContext()));
            }
            return new AccountSettings(
                    name,
                    application,
                    integrationId,
                    groups,
                    key,
                    require,
                    current == null ? null : current.markerLookerContext(),
                    current == null ? null : current.markerEmail(),
                    current == null ? null : current.markerEndUser(),
                    current == null ? null : current.markerCustomContext());
        } catch (IllegalArgumentException e) {
            throw RegistryException.invalid("markers: " + e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("A JSON body is required");
        }
        return body;
    }
}
