package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import dev.roster.web.api.problem.ProblemExamples;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The provisioning log's filters, paging and answers, documented once for both endpoints that read the log,
 * {@link EventsResource} and {@link IntegrationEventsResource}. Each implements {@link #list} and reads the
 * parameters from its request with {@link EventQueries.Parameters#of}. Payara's OpenAPI gives an implementing
 * method the OpenAPI annotations of the interface method (JAX-RS ignores them), so the document lists every
 * parameter and answer on both endpoints.
 */
interface EventLogEndpoint {

    /**
     * @param integration which integration's events: the endpoint's own path or query parameter
     * @param request the request, whose query holds the parameters documented here
     */
    @Parameter(name = "since", in = ParameterIn.QUERY, description = "Inclusive; an ISO-8601 instant or date")
    @Parameter(name = "until", in = ParameterIn.QUERY, description = "Exclusive; an ISO-8601 instant or date")
    @Parameter(
            name = "operation",
            in = ParameterIn.QUERY,
            description = "Operation names, comma-separated",
            example = "USER_CREATED,GROUP_MEMBERS_ADDED")
    @Parameter(name = "resourceType", in = ParameterIn.QUERY, description = "User, Group or Integration")
    @Parameter(name = "resourceId", in = ParameterIn.QUERY)
    @Parameter(name = "outcome", in = ParameterIn.QUERY, description = "success or rejected")
    @Parameter(name = "startIndex", in = ParameterIn.QUERY, description = "1-based; SCIM-style paging with count")
    @Parameter(name = "count", in = ParameterIn.QUERY)
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based; paging with size instead")
    @Parameter(name = "size", in = ParameterIn.QUERY)
    @APIResponseSchema(value = EventPage.class, responseCode = "200", responseDescription = "One page of events")
    @APIResponse(
            responseCode = "400",
            description = "Invalid parameter",
            content = @Content(examples = @ExampleObject(name = "invalid", value = ProblemExamples.INVALID_REQUEST)))
    EventPage list(String integration, UriInfo request);
}
