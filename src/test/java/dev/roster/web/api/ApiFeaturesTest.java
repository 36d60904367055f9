package dev.roster.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The features listed in META-INF/services load, and each adds its own JAX-RS classes to /api/v1. */
class ApiFeaturesTest {

    @Test
    void everyListedFeatureContributesResourcesAndProviders() {
        List<ApiFeature> features = ServiceLoader.load(ApiFeature.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        assertFalse(features.isEmpty(), "no feature in META-INF/services/" + ApiFeature.class.getName());

        Set<Class<?>> classes = ApiFeatures.classes();
        int listed = features.stream()
                .mapToInt(f -> f.classes().size() + (f.authenticator().isPresent() ? 1 : 0))
                .sum();
        assertEquals(listed, classes.size(), "a class belongs to more than one feature");
        for (Class<?> type : classes) {
            assertTrue(
                    type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class),
                    type + " is neither a resource nor a provider");
        }
    }

    @Test
    void aFeatureWithoutItsOwnAuthenticatorCannotTakeAPathFromTheAdmin() {
        ApiFeature claimsEverything = new ApiFeature() {
            @Override
            public Set<Class<?>> classes() {
                return Set.of();
            }

            @Override
            public boolean authenticatesItself(ContainerRequestContext request) {
                return true;
            }
        };
        assertFalse(ApiFeatures.authenticatedBy(List.of(claimsEverything), null));

        ApiFeature guarded = new ApiFeature() {
            @Override
            public Set<Class<?>> classes() {
                return Set.of();
            }

            @Override
            public Optional<Class<? extends ContainerRequestFilter>> authenticator() {
                return Optional.of(ContainerRequestFilter.class);
            }

            @Override
            public boolean authenticatesItself(ContainerRequestContext request) {
                return true;
            }
        };
        assertTrue(ApiFeatures.authenticatedBy(List.of(claimsEverything, guarded), null));
    }
}
