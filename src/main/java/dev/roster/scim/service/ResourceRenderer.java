package dev.roster.scim.service;

import dev.roster.json.CachedJson;
import dev.roster.scim.spi.GroupRef;
import dev.roster.scim.spi.MemberRef;
import dev.roster.scim.spi.StoredResource;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
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

    public JsonObject user(StoredResource user, List<GroupRef> groups) {
        JsonObjectBuilder out = start(user);
        if (groups != null && !groups.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (GroupRef group : groups) {
                array.add(JSON.createObjectBuilder()
                        .add("value", group.id())
                        .add("$ref", location("Groups", group.id()))
                        .add("display", group.display())
                        .add("type", group.direct() ? "direct" : "indirect"));
            }
            out.add("groups", array);
        }
        return out.add("meta", meta("User", "Users", user)).build();
    }

    public JsonObject group(StoredResource group, List<MemberRef> members) {
        JsonObjectBuilder out = start(group);
        if (members != null && !members.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (MemberRef member : members) {
                JsonObjectBuilder element = JSON.createObjectBuilder()
                        .add("value", member.value())
                        .add("$ref", location(member.type().get().equals("Group") ? "Groups" : "Users", member.value()))
                        .add("type", member.type().get());
                member.display().ifPresent(display -> element.add("display", display));
                array.add(element);
            }
            out.add("members", array);
        }
        return out.add("meta", meta("Group", "Groups", group)).build();
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

    private JsonObjectBuilder meta(String resourceType, String endpoint, StoredResource resource) {
        return JSON.createObjectBuilder()
                .add("resourceType", resourceType)
                .add("created", Instant.ofEpochMilli(resource.created()).toString())
                .add(
                        "lastModified",
                        Instant.ofEpochMilli(resource.lastModified()).toString())
                .add("location", location(endpoint, resource.id()))
                .add("version", resource.etag());
    }
}
