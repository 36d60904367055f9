package dev.roster.scim.service;

import dev.roster.json.CachedJson;
import dev.roster.scim.spi.GroupRef;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.StoredResource;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;

/**
 * The full SCIM representation of a stored resource: schemas, id, the document's attributes, the read-only
 * {@code groups} of a user or {@code members} of a group, and {@code meta}. Projection is applied afterwards.
 */
public final class ResourceRenderer {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    private final String baseUrl;

    public ResourceRenderer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String location(String endpoint, String id) {
        return baseUrl + "/" + endpoint + "/" + id;
    }

    public JsonObject render(ResourceView view) {
        JsonObjectBuilder out = start(view.resource());
        if (!view.groups().isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (GroupRef group : view.groups()) {
                array.add(JSON.createObjectBuilder()
                        .add("value", group.id())
                        .add("$ref", location(ResourceType.GROUP.endpoint(), group.id()))
                        .add("display", group.display())
                        .add("type", group.direct() ? "direct" : "indirect"));
            }
            out.add("groups", array);
        }
        if (!view.members().isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (MemberRef member : view.members()) {
                String type = member.type().orElseThrow();
                JsonObjectBuilder element = JSON.createObjectBuilder()
                        .add("value", member.value())
                        .add("$ref", location(type.equals("Group") ? "Groups" : "Users", member.value()))
                        .add("type", type);
                member.display().ifPresent(display -> element.add("display", display));
                array.add(element);
            }
            out.add("members", array);
        }
        return out.add("meta", meta(view.type(), view.resource())).build();
    }

    private static JsonObjectBuilder start(StoredResource resource) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        JsonValue schemas = resource.document().get("schemas");
        if (schemas != null) {
            out.add("schemas", schemas);
        }
        out.add("id", resource.id());
        resource.document().forEach((key, value) -> {
            if (!key.equals("schemas")) {
                out.add(key, value);
            }
        });
        return out;
    }

    private JsonObjectBuilder meta(ResourceType type, StoredResource resource) {
        return JSON.createObjectBuilder()
                .add("resourceType", type.scimName())
                .add("created", Instant.ofEpochMilli(resource.created()).toString())
                .add(
                        "lastModified",
                        Instant.ofEpochMilli(resource.lastModified()).toString())
                .add("location", location(type.endpoint(), resource.id()))
                .add("version", resource.etag());
    }
}
