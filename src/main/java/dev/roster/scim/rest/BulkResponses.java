package dev.roster.scim.rest;

import dev.roster.json.CachedJson;
import dev.roster.scim.bulk.BulkOperation;
import dev.roster.scim.bulk.BulkOperationResult;
import dev.roster.scim.error.ScimException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Renders bulk results as a BulkResponse (RFC 7644 section 3.7.3). Successful operations carry no
 * {@code response}: the client gets location and version, and a GET gives the resource when it needs it.
 * Failed ones carry the SCIM Error body the single request would have answered.
 */
public final class BulkResponses {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    private BulkResponses() {}

    public static JsonObject render(List<BulkOperationResult> results) {
        JsonArrayBuilder operations = CachedJson.createArrayBuilder();
        results.forEach(result -> operations.add(operation(result)));
        return CachedJson.createObjectBuilder()
                .add("schemas", CachedJson.createArrayBuilder().add(SCHEMA))
                .add("Operations", operations)
                .build();
    }

    private static JsonObject operation(BulkOperationResult result) {
        BulkOperation operation = result.operation();
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("method", operation.method().name());
        if (operation.bulkId() != null) {
            json.add("bulkId", operation.bulkId());
        }
        if (result.location() != null) {
            json.add("location", result.location());
        }
        if (result.version() != null) {
            json.add("version", result.version());
        }
        json.add("status", Integer.toString(result.status()));
        if (result.failed()) {
            ScimException error = result.error();
            json.add(
                    "response",
                    ScimErrorResponses.body(
                            error.status(),
                            error.scimType() == null ? null : error.scimType().wireName(),
                            error.detail()));
        }
        return json.build();
    }
}
