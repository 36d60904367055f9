package dev.roster.resolution.registry.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registry's request and answer bodies (JSON-B records, like the admin API's DTOs). No component name may
 * contain "set": Payara's OpenAPI scanner takes an annotated method whose name contains "set" for a setter and
 * fails on its missing argument, which breaks the whole /openapi document.
 */
public final class RegistryModels {

    private RegistryModels() {}

    @Schema(
            name = "RepositoryRequest",
            example =
                    "{\"name\":\"warehouse\",\"type\":\"snowflake\",\"looker\":{"
                            + "\"apiUrl\":\"https://acme.cloud.looker.com\",\"clientId\":\"gQ7x…\",\"clientSecret\":\"…\",\"cacheSeconds\":3600}}")
    public record RepositoryRequest(
            @Schema(description = "Unique name, 1–200 characters; callers of /resolve name the repository by it")
            String name,

            @Schema(
                    description = "snowflake, postgresql, redshift, mysql, bigquery, databricks, sqlserver, oracle, "
                            + "other, … (a short lower-case name)",
                    example = "snowflake")
            String type,

            @Schema(
                    description = "Looker API credentials that map Looker user ids to emails; PATCH replaces them "
                            + "(omit clientSecret to keep the stored one)")
            LookerRequest looker) {}

    @Schema(name = "LookerRequest")
    public record LookerRequest(
            @Schema(
                    description = "The Looker instance's API host, https://…[:port] (no /api/4.0); plain http "
                            + "only to a loopback address",
                    example = "https://acme.cloud.looker.com")
            String apiUrl,

            @Schema(description = "API client id of a Looker user allowed to see users (see_users)")
            String clientId,

            @Schema(description = "API client secret; stored encrypted, never returned", writeOnly = true)
            String clientSecret,

            @Schema(
                    description = "How long a user id → email mapping is reused, 0–604800 s; default "
                            + "roster.resolution.looker.cache-seconds")
            Integer cacheSeconds) {

        @Override
        public String toString() {
            return "LookerRequest[" + apiUrl + "]";
        }
    }

    @Schema(
            name = "Repository",
            example = "{\"id\":\"5f0c…\",\"name\":\"warehouse\",\"type\":\"snowflake\",\"looker\":{"
                    + "\"apiUrl\":\"https://acme.cloud.looker.com\",\"clientId\":\"gQ7x…\",\"clientSecretStored\":true,"
                    + "\"cacheSeconds\":3600},\"lookerMappingEntries\":0,\"accounts\":2,\"createdAt\":\"2026-01-10T09:20:00Z\","
                    + "\"updatedAt\":\"2026-01-10T09:20:00Z\"}")
    public record RepositoryView(
            String id,
            String name,
            String type,
            LookerView looker,

            @Schema(description = "Entries of the uploaded Looker user mapping")
            long lookerMappingEntries,

            @Schema(description = "Number of database accounts")
            int accounts,

            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "LookerSettings")
    public record LookerView(
            String apiUrl,
            String clientId,

            @Schema(description = "Whether a client secret is stored (it is never returned)")
            boolean clientSecretStored,

            Integer cacheSeconds) {}

    @Schema(name = "RepositoryList")
    public record RepositoryList(int totalResults, List<RepositoryView> items) {}

    @Schema(
            name = "DbAccountRequest",
            example = "{\"name\":\"looker_svc\",\"application\":\"looker\","
                    + "\"integrationId\":\"okta-prod-x7k2q9\",\"retrieveGroups\":true,\"identityKey\":\"email\","
                    + "\"requireAttribution\":true}")
    public record AccountRequest(
            @Schema(description = "The service account's name in the database, 1–200 characters")
            String name,

            @Schema(
                    enumeration = {"looker", "tableau", "custom"},
                    description =
                            "Which carriers count: looker "
                                    + "(context and email comments), tableau (Initial SQL), custom (RosterContext and email comments)")
            String application,

            @Schema(description = "The integration whose directory resolves the end users")
            String integrationId,

            @Schema(description = "Retrieve SSO group membership (direct and nested); default true")
            Boolean retrieveGroups,

            @Schema(
                    enumeration = {"userName", "email"},
                    description = "How user names from carriers (Tableau, "
                            + "custom) are matched; emails always match emails. Default userName")
            String identityKey,

            @Schema(description = "Unattributed use is an alert; default false")
            Boolean requireAttribution,

            @Schema(description = "Marker names; absent ones are the defaults. PATCH replaces all four")
            Markers markers) {}

    @Schema(
            name = "Markers",
            example = "{\"lookerContext\":\"Looker Query Context\",\"email\":\"roster.email\","
                    + "\"endUser\":\"roster.enduser\",\"customContext\":\"RosterContext\"}")
    public record Markers(String lookerContext, String email, String endUser, String customContext) {}

    @Schema(
            name = "DbAccount",
            example =
                    "{\"id\":\"a1b2…\",\"repositoryId\":\"5f0c…\",\"repository\":\"warehouse\","
                            + "\"name\":\"looker_svc\",\"application\":\"looker\",\"integrationId\":\"okta-prod-x7k2q9\","
                            + "\"retrieveGroups\":true,\"identityKey\":\"email\",\"requireAttribution\":true,\"markers\":{"
                            + "\"lookerContext\":\"Looker Query Context\",\"email\":\"roster.email\",\"endUser\":\"roster.enduser\","
                            + "\"customContext\":\"RosterContext\"},\"attribution\":{\"attributed\":1520,\"unattributed\":3,"
                            + "\"lastSeenAt\":\"2026-01-10T10:01:02Z\"},\"createdAt\":\"2026-01-10T09:20:00Z\",\"updatedAt\":\"2026-01-10T09:20:00Z\"}")
    public record AccountView(
            String id,
            String repositoryId,
            String repository,
            String name,
            String application,
            String integrationId,
            boolean retrieveGroups,
            String identityKey,
            boolean requireAttribution,
            Markers markers,
            AttributionCounts attribution,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "AttributionCounts")
    public record AttributionCounts(long attributed, long unattributed, Instant lastSeenAt) {}

    @Schema(name = "DbAccountList")
    public record AccountList(int totalResults, List<AccountView> items) {}

    @Schema(
            name = "Attribution",
            example = "{\"accountId\":\"a1b2…\",\"repository\":\"warehouse\",\"dbAccount\":\"looker_svc\","
                    + "\"requireAttribution\":true,\"total\":1523,\"attributed\":1520,\"unattributed\":{\"no-carrier\":2,"
                    + "\"unknown-user\":1},\"lastSeenAt\":\"2026-01-10T10:01:02Z\",\"lastAttributedAt\":\"2026-01-10T10:01:02Z\","
                    + "\"recentEvents\":[{\"occurredAt\":\"2026-01-10T10:01:02Z\",\"attributed\":true,\"outcome\":\"attributed\","
                    + "\"carrier\":\"looker-context\",\"claim\":\"123\",\"userId\":\"2819c223…\",\"userName\":\"jane@example.com\"}],"
                    + "\"alerts\":[{\"reason\":\"no-carrier\",\"windowStart\":\"2026-01-10T10:00:00Z\",\"firstSeenAt\":"
                    + "\"2026-01-10T10:00:31Z\",\"lastSeenAt\":\"2026-01-10T10:00:59Z\",\"occurrences\":2}]}")
    public record AttributionView(
            String accountId,
            String repository,
            String dbAccount,
            boolean requireAttribution,
            long total,
            long attributed,
            @Schema(description = "Counts per reason") Map<String, Long> unattributed,
            Instant lastSeenAt,
            Instant lastAttributedAt,

            @Schema(description = "The newest resolutions (a sample: the last few per node and flush interval)")
            List<EventView> recentEvents,

            @Schema(description = "Unattributed use while attribution is required, per reason and hour")
            List<AlertView> alerts) {}

    @Schema(name = "AttributionEvent")
    public record EventView(
            Instant occurredAt,
            boolean attributed,
            String outcome,
            String carrier,

            @Schema(description = "What the carrier said (user name, email or Looker user id)")
            String claim,

            String userId,
            String userName,
            String sessionId) {}

    @Schema(name = "AttributionAlert")
    public record AlertView(
            String accountId,
            String repository,
            String dbAccount,
            String reason,
            Instant windowStart,
            Instant firstSeenAt,
            Instant lastSeenAt,
            long occurrences) {}

    @Schema(name = "AttributionAlertList")
    public record AlertList(int totalResults, List<AlertView> items) {}

    @Schema(
            name = "LookerMapping",
            example =
                    "{\"repositoryId\":\"5f0c…\",\"totalResults\":2,\"items\":["
                            + "{\"lookerUserId\":123,\"email\":\"jane@example.com\"},{\"lookerUserId\":124,\"email\":\"bob@example.com\"}]}")
    public record MappingView(String repositoryId, long totalResults, List<MappingEntry> items) {}

    @Schema(name = "LookerMappingEntry")
    public record MappingEntry(long lookerUserId, String email) {}

    @Schema(name = "PreviewRequest", example = "{\"statements\":[\"SELECT 'roster.enduser', 'jdoe'\",\"SELECT 1\"]}")
    public record PreviewRequest(
            @Schema(
                    required = true,
                    description = "1 to 100 statements as the database received them; the answer is for the last one")
            List<String> statements) {}
}
