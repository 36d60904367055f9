package dev.roster.web.api;

import dev.roster.web.api.auth.AdminAuthenticationFilter;
import dev.roster.web.api.auth.SessionRenewalFilter;
import dev.roster.web.api.auth.SessionResource;
import dev.roster.web.api.problem.ProblemMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The web shell at {@code /api/v1}: admin authentication, sign-in, security headers and problem+json errors, plus
 * the resources and providers of every {@link ApiFeature}. Its classes are listed explicitly so these filters and
 * mappers apply here only, and the SCIM application's providers never do.
 */
@ApplicationPath("api/v1")
@SecurityScheme(
        securitySchemeName = ApiApplication.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "The admin username and password (for scripts; no CSRF token needed)")
@SecurityScheme(
        securitySchemeName = ApiApplication.SESSION,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        apiKeyName = "__Host-roster-session",
        description = "The console's session cookie from POST /api/v1/session (named roster-session when "
                + "roster.public-url is plain HTTP). POST, PATCH, PUT and DELETE must also send X-CSRF-Token.")
public class ApiApplication extends Application {

    /** The OpenAPI security scheme of admin scripts: HTTP Basic. */
    public static final String BASIC = "adminBasic";
    /** The OpenAPI security scheme of the console: the session cookie. */
    public static final String SESSION = "adminSession";

    private static final List<Class<?>> SHELL = List.of(
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
            SessionResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>(SHELL);
        classes.addAll(ApiFeatures.classes());
        return classes;
    }
}
