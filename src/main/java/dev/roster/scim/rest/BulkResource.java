package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.scim.bulk.BulkFailureLog;
import dev.roster.scim.bulk.BulkOperationExecutor;
import dev.roster.scim.bulk.BulkOperationResult;
import dev.roster.scim.bulk.BulkProcessor;
import dev.roster.scim.bulk.BulkRequest;
import dev.roster.scim.bulk.BulkRequestReader;
import dev.roster.scim.ratelimit.ScimRateLimiter;
import dev.roster.scim.service.ResourceRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /Bulk} (RFC 7644 3.7). Thin: reads the request, hands it to {@link BulkProcessor}, renders the results.
 * The request is not atomic and is not itself a transaction; each operation commits on its own.
 */
@Path("Bulk")
@ApplicationScoped
@Tag(name = "SCIM")
@SecurityRequirement(name = "scimBearer")
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class BulkResource {

    @Inject
    BulkOperationExecutor executor;

    @Inject
    BulkFailureLog failureLog;

    @Inject
    RosterConfig config;

    @Inject
    ScimCaller caller;

    @Inject
    ScimRateLimiter rateLimiter;

    @POST
    @Operation(
            summary = "Create, replace, modify and delete users and groups in one request",
            description = "A BulkRequest; operations run in order, each in its own transaction. POSTs declare a"
                    + " bulkId that later operations reference as \"bulkId:<id>\" (forward and circular references"
                    + " fail with 409). failOnErrors stops after that many failures. Answers 200 with a"
                    + " BulkResponse; more operations than bulk.maxOperations or a body above"
                    + " bulk.maxPayloadSize answer 413. Each operation counts as one request against the"
                    + " integration's rate limit; when they do not all fit, 429 with Retry-After and nothing runs.")
    public Response bulk(@BulkPayload JsonObject body) {
        BulkRequest bulk = BulkRequestReader.read(body, rateLimiter.policy().capAtBurst(config.bulkMaxOperations()));
        String integration = caller.integrationId();
        // The request took one token on arrival (ScimAuthenticationFilter); each further operation takes one more.
        // All are taken before the first operation runs, or the request is refused whole: no partial writes.
        OptionalLong retryAfter =
                rateLimiter.tryAcquire(integration, bulk.operations().size() - 1);
        if (retryAfter.isPresent()) {
            return ScimErrorResponses.tooManyRequests(
                    rateLimiter.policy().requestsPerSecond(),
                    retryAfter.getAsLong(),
                    ", and each operation of a Bulk request counts as one");
        }
        BulkProcessor processor = new BulkProcessor(executor, new ResourceRenderer(config.scimBaseUrl()));
        List<BulkOperationResult> results = processor.process(integration, bulk);
        failureLog.record(integration, results);
        return Response.ok(BulkResponses.render(results), ScimMediaTypes.SCIM_JSON_TYPE)
                .build();
    }
}
