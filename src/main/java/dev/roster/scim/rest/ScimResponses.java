package dev.roster.scim.rest;

import dev.roster.scim.spi.StoredResource;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Success responses of the SCIM endpoints: content type, ETag from meta.version, Location on create. */
final class ScimResponses {

    private ScimResponses() {}

    static Response ok(JsonObject body, StoredResource resource) {
        return Response.ok(body, ScimMediaTypes.SCIM_JSON_TYPE)
                .tag(etag(resource))
                .build();
    }

    static Response created(JsonObject body, StoredResource resource, String location) {
        return Response.created(URI.create(location))
                .type(ScimMediaTypes.SCIM_JSON_TYPE)
                .entity(body)
                .tag(etag(resource))
                .build();
    }

    static Response list(JsonObject body) {
        return Response.ok(body, ScimMediaTypes.SCIM_JSON_TYPE).build();
    }

    static Response notModified(StoredResource resource) {
        return Response.notModified(etag(resource)).build();
    }

    static Response noContent(StoredResource resource) {
        Response.ResponseBuilder builder = Response.noContent();
        if (resource != null) {
            builder.tag(etag(resource));
        }
        return builder.build();
    }

    static EntityTag etag(StoredResource resource) {
        return new EntityTag(Long.toString(resource.version()), true);
    }
}
