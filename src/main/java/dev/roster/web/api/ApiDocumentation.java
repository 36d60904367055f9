package dev.roster.web.api;

import dev.roster.web.api.auth.AdminAuthenticationFilter;
import dev.roster.web.api.problem.ProblemDocumentation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Documents the shell's conventions on every {@code /api/v1} operation, so a resource states only what is its
 * own. An operation that names no security requirement is the admin's (HTTP Basic or the console session), as
 * {@link AdminAuthenticationFilter} treats it, sign-in excepted; a feature that authenticates a path itself names
 * its own scheme there. Every error is a problem document ({@link ProblemDocumentation}). Registered as
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class ApiDocumentation implements OASFilter {

    /** The shell's paths, behind whatever context root the document names them with; SCIM and OAuth differ. */
    private static final Pattern API_PATH = Pattern.compile(".*/api/v1(/.*)?");

    private static final String SIGN_IN_PATH = "/" + AdminAuthenticationFilter.SESSION_PATH;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Matcher api = API_PATH.matcher(path);
            if (api.matches() && item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> {
                    if (!isSignIn(api.group(1), method)) {
                        requireAdminUnlessDeclared(operation);
                    }
                    ProblemDocumentation.documentProblems(path, method, operation);
                });
            }
        });
    }

    private static boolean isSignIn(String path, PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST && SIGN_IN_PATH.equals(path);
    }

    private static void requireAdminUnlessDeclared(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(ApiApplication.BASIC));
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(ApiApplication.SESSION));
        }
    }
}
