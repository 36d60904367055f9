package dev.roster.resolution.rest;

import dev.roster.resolution.apikeys.api.ApiKeysResource;
import dev.roster.resolution.registry.api.AccountsResource;
import dev.roster.resolution.registry.api.AlertsResource;
import dev.roster.resolution.registry.api.AttributionResource;
import dev.roster.resolution.registry.api.LookerResource;
import dev.roster.resolution.registry.api.RegistryProblemMapper;
import dev.roster.resolution.registry.api.RepositoriesResource;
import dev.roster.web.api.ApiFeature;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;
import java.util.Set;

/**
 * The identity resolution feature of {@code /api/v1}: the registry and API keys, which the admin manages, and the
 * resolution endpoints ({@link ResolutionPaths}), which {@link ResolutionAuthenticationFilter} authenticates with
 * API keys instead.
 */
public class ResolutionApiFeature implements ApiFeature {

    @Override
    public Set<Class<?>> classes() {
        return Set.of(
                RegistryProblemMapper.class,
                RepositoriesResource.class,
                LookerResource.class,
                AccountsResource.class,
                AttributionResource.class,
                AlertsResource.class,
                ApiKeysResource.class,
                ResolveResource.class,
                IdentitiesResource.class);
    }

    @Override
    public Optional<Class<? extends ContainerRequestFilter>> authenticator() {
        return Optional.of(ResolutionAuthenticationFilter.class);
    }

    @Override
    public boolean authenticatesItself(ContainerRequestContext request) {
        return ResolutionPaths.isResolution(request.getUriInfo());
    }
}
