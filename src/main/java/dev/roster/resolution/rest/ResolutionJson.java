package dev.roster.resolution.rest;

import dev.roster.json.CachedJson;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.DirectoryUser;
import dev.roster.resolution.core.IdentityLookup;
import dev.roster.resolution.core.Resolution;
import dev.roster.scim.spi.GroupRef;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Writes the resolution answers with one cached generator factory (no provider look-up per request). */
public final class ResolutionJson {

    private static final JsonGeneratorFactory GENERATORS = CachedJson.provider().createGeneratorFactory(Map.of());

    private ResolutionJson() {}

    /** The answer of {@code POST /api/v1/resolve}. */
    public static String resolution(AccountConfig account, Resolution r) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartObject();
            g.write("attributed", r.attributed());
            if (!r.attributed()) {
                g.write("reason", r.reason());
            }
            if (r.user() != null) {
                user(g, "endUser", r.user());
            }
            if (r.attributed() || r.user() != null) {
                g.writeStartArray("groups");
                for (String group : r.groups()) {
                    g.write(group);
                }
                g.writeEnd();
            }
            g.write("repoUser", account.name());
            g.write("repository", account.repositoryName());
            g.write("application", account.application().wireName());
            if (r.carrier() != null) {
                g.write("carrier", r.carrier());
            }
            if (r.claim() != null) {
                g.writeStartObject("claim");
                g.write("type", Resolution.claimType(r.claim().keyType()));
                g.write("value", r.claim().value());
                if (!r.claimDetails().isEmpty()) {
                    g.write("details", r.claimDetails());
                }
                g.writeEnd();
            }
            g.writeEnd();
        }
        return out.toString();
    }

    static String identity(String integrationId, IdentityLookup lookup) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartObject();
            g.write("integrationId", integrationId);
            user(g, "endUser", lookup.user());
            g.writeStartArray("groups");
            for (String group : lookup.groupNames()) {
                g.write(group);
            }
            g.writeEnd();
            g.writeStartArray("memberships");
            List<GroupRef> memberships = lookup.memberships();
            for (GroupRef group : memberships) {
                g.writeStartObject()
                        .write("id", group.id())
                        .write("displayName", group.display())
                        .write("direct", group.direct())
                        .writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }
        return out.toString();
    }

    private static void user(JsonGenerator g, String name, DirectoryUser user) {
        g.writeStartObject(name);
        g.write("id", user.id());
        g.write("userName", user.userName());
        if (user.email() != null) {
            g.write("email", user.email());
        } else {
            g.writeNull("email");
        }
        if (user.displayName() != null) {
            g.write("displayName", user.displayName());
        } else {
            g.writeNull("displayName");
        }
        g.write("active", user.active());
        g.writeEnd();
    }
}
