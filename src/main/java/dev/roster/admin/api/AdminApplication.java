package dev.roster.admin.api;

import dev.roster.admin.api.problem.ProblemMappers;
import dev.roster.admin.auth.AdminAuthenticationFilter;
import dev.roster.admin.auth.SessionRenewalFilter;
import dev.roster.resolution.apikeys.api.ApiKeysResource;
import dev.roster.resolution.registry.api.AlertsResource;
import dev.roster.resolution.registry.api.RegistryProblemMapper;
import dev.roster.resolution.registry.api.RepositoriesResource;
import dev.roster.resolution.rest.IdentitiesResource;
import dev.roster.resolution.rest.ResolutionApi;
import dev.roster.resolution.rest.ResolutionAuthenticationFilter;
import dev.roster.resolution.rest.ResolveResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The admin API at {@code /api/v1}. Its classes are listed explicitly so its authentication filter and its
 * problem+json mappers apply here only, and the SCIM application's providers never do.
 */
@ApplicationPath("api/v1")
@SecurityScheme(
        securitySchemeName = AdminApplication.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "The admin username and password (for scripts; no CSRF token needed)")
@SecurityScheme(
        securitySchemeName = AdminApplication.SESSION,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        apiKeyName = "__Host-roster-session",
        description = "The console's session cookie from POST /api/v1/session (named roster-session when "
                + "roster.public-url is plain HTTP). POST, PATCH, PUT and DELETE must also send X-CSRF-Token.")
@SecurityScheme(
        securitySchemeName = ResolutionApi.API_KEY,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "rsrk_…",
        description = "An API key issued by the admin (POST /api/v1/api-keys), for the resolution endpoints only")
public class AdminApplication extends Application {

    static final String BASIC = "adminBasic";
    static final String SESSION = "adminSession";

    static final String EXAMPLE_400 = "{\"type\":\"urn:roster:problem:invalid-request\",\"title\":\"Bad Request\","
            + "\"status\":400,\"detail\":\"idp must be one of okta, entra, generic\"}";
    static final String EXAMPLE_400_FILTER =
            "{\"type\":\"urn:roster:problem:invalid-filter\",\"title\":\"Bad Request\","
                    + "\"status\":400,\"detail\":\"Unexpected end of filter at position 12\"}";
    static final String EXAMPLE_401 = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Sign in: HTTP Basic with the admin credentials, or a console session\"}";
    static final String EXAMPLE_404 = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No integration with id 'okta-prod-x7k2q9'\"}";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AdminAuthenticationFilter.class,
                SessionRenewalFilter.class,
                SecurityHeadersFilter.class,
                JsonNestingInterceptor.class,
                ProblemMappers.ApiProblemMapper.class,
                ProblemMappers.UnknownIntegrationMapper.class,
                ProblemMappers.IntegrationStateMapper.class,
                ProblemMappers.ScimProblemMapper.class,
                ProblemMappers.WebApplicationProblemMapper.class,
                ProblemMappers.ProcessingProblemMapper.class,
                ProblemMappers.JsonbProblemMapper.class,
                ProblemMappers.Unexpected.class,
                SessionResource.class,
                IntegrationsResource.class,
                ScimSetupResource.class,
                OAuthClientResource.class,
                DirectoryUsersResource.class,
                DirectoryGroupsResource.class,
                IntegrationEventsResource.class,
                EventsResource.class,
                // Identity resolution: the registry (admin-authenticated) and the resolution endpoints, which
                // ResolutionAuthenticationFilter authenticates with API keys instead.
                ResolutionAuthenticationFilter.class,
                RegistryProblemMapper.class,
                RepositoriesResource.class,
                AlertsResource.class,
                ApiKeysResource.class,
                ResolveResource.class,
                IdentitiesResource.class);
    }
}
