package dev.roster.scim.resources;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;

/** Reads JSON fixtures from {@code src/test/resources/fixtures}; paths are relative to it. */
final class Fixtures {

    static final String STORED_USER = "users/stored-user-with-enterprise-and-okta-extension.json";
    static final String STORED_GROUP = "groups/stored-group-with-two-members.json";
    static final String OKTA_CREATE_USER = "users/okta-create-user.json";
    static final String OKTA_CREATE_USER_NORMALIZED = "users/okta-create-user.normalized.json";
    static final String OKTA_PUT_USER_WITH_READ_ONLY_FIELDS = "users/okta-put-user-echoing-read-only-fields.json";
    static final String ENTRA_CREATE_USER_WITH_STRING_BOOLEANS = "users/entra-create-user-with-string-booleans.json";
    static final String MISCASED_NAMES_AND_MISSPELLED_ATTRIBUTE =
            "users/put-user-miscased-names-and-misspelled-attribute.json";
    static final String USER_WITHOUT_USERNAME = "users/create-user-without-username.json";
    static final String OKTA_CREATE_GROUP_WITHOUT_MEMBERS = "groups/okta-create-group-empty-members.json";
    static final String GROUP_WITH_MIXED_MEMBER_SHAPES = "groups/put-group-members-mixed-shapes.json";

    private Fixtures() {}

    static JsonObject read(String path) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + path);
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** Inline JSON for small cases; single quotes stand for double quotes to keep the tests readable. */
    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }
}
