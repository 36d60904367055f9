package dev.roster.scim.spi;

import jakarta.json.JsonObject;

/**
 * A stored user or group as the protocol layer needs it: the canonical document plus what {@code meta}
 * is made of. {@code displayName} is the name shown for it in memberships and the provisioning log.
 */
public record StoredResource(
        String id, JsonObject document, long created, long lastModified, long version, String displayName) {

    /** The weak entity tag of this version, also {@code meta.version}. */
    public String etag() {
        return "W/\"" + version + "\"";
    }
}
