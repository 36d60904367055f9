package dev.roster.platform.rest;

import dev.roster.platform.DurableWrites;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Set;

/**
 * Holds the answer to a request that may have written (any method but GET, HEAD and OPTIONS) until its commit
 * is durable ({@link DurableWrites}). Response filters run after the resource method, so the request's
 * transaction has committed; the lowest priority makes this the last response filter, after those that log.
 */
@Priority(0)
public class DurableAcknowledgementFilter implements ContainerResponseFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    DurableWrites durableWrites;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            durableWrites.awaitDurable();
        }
    }
}
