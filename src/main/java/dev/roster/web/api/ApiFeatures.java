package dev.roster.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The {@link ApiFeature}s deployed with the application, loaded once from {@code META-INF/services} with the
 * shell's own class loader (the web application's, which sees {@code WEB-INF/classes}) rather than the thread's,
 * which JAX-RS bootstrap does not promise to set.
 */
public final class ApiFeatures {

    private static final List<ApiFeature> FEATURES =
            ServiceLoader.load(ApiFeature.class, ApiFeature.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();

    private ApiFeatures() {}

    /** Every feature's resource and provider classes. */
    public static Set<Class<?>> classes() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (ApiFeature feature : FEATURES) {
            classes.addAll(feature.classes());
            feature.authenticator().ifPresent(classes::add);
        }
        return classes;
    }

    /** Whether some feature authenticates this request itself instead of the admin authentication. */
    public static boolean authenticatedByFeature(ContainerRequestContext request) {
        return authenticatedBy(FEATURES, request);
    }

    /** Only a feature that brings its own authentication filter may take a path from the admin's. */
    static boolean authenticatedBy(List<ApiFeature> features, ContainerRequestContext request) {
        return features.stream()
                .anyMatch(feature -> feature.authenticator().isPresent() && feature.authenticatesItself(request));
    }
}
