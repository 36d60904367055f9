package dev.roster.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;
import java.util.Set;

/**
 * A feature that plugs into {@code /api/v1}: it names its resources and providers, and the paths it authenticates
 * itself. Features are found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/dev.roster.web.api.ApiFeature}. The shell never names a feature, so features stay
 * siblings that do not know each other.
 */
public interface ApiFeature {

    /** The resource and provider classes this feature adds to the application. */
    Set<Class<?>> classes();

    /**
     * The filter that authenticates the paths this feature claims with {@link #authenticatesItself}; the shell
     * registers it. A feature without one claims nothing: every path is the admin's unless a filter guards it.
     */
    default Optional<Class<? extends ContainerRequestFilter>> authenticator() {
        return Optional.empty();
    }

    /**
     * Whether this feature's {@link #authenticator()} authenticates the request, so the admin authentication
     * leaves it alone. Asked only of a feature that has an authenticator (fail closed). Every other path is
     * the admin's, and so the OpenAPI document says ({@link ApiDocumentation}) of every operation that names no
     * security requirement of its own.
     *
     * @param request the request before matching: its URI, and its headers for a feature that takes only some
     *     credentials on a path (a bearer token) and leaves the admin's to the admin authentication
     */
    default boolean authenticatesItself(ContainerRequestContext request) {
        return false;
    }
}
