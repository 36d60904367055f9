package dev.roster.it.replay;

import static dev.roster.it.replay.ReplayRequests.entraCreateBody;
import static dev.roster.it.replay.ReplayRequests.withNameAndEmail;
import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertEtagIsVersion;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertNoContent;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.ids;
import static dev.roster.it.replay.ScimAssertions.integer;
import static dev.roster.it.replay.ScimAssertions.keysBesidesSchemas;
import static dev.roster.it.replay.ScimAssertions.refs;
import static dev.roster.it.replay.ScimAssertions.strings;
import static dev.roster.it.replay.ScimAssertions.workEmailOf;
import static dev.roster.it.replay.ScimClient.ENTERPRISE_SCHEMA;
import static dev.roster.it.replay.ScimClient.GROUP_SCHEMA;
import static dev.roster.it.replay.ScimClient.USER_SCHEMA;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.unique;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What Microsoft Entra ID sends (idp-wire-behaviour.md, "Microsoft Entra ID"): capitalised ops, string
 * booleans, filtered and URN paths, path-less values with dotted keys, member removal as a value list, its
 * lookups and membership probe, /Schemas, and the extra requests of Microsoft's own test collection.
 */
interface EntraReplay extends ReplayContext {

    @Test
    @DisplayName("Entra create with \"active\":\"True\" and other string booleans stores real booleans")
    default void entraCreatesAUserFromStringBooleans() {
        String userName = uniqueUserName("entra-create");

        JsonObject user = assertScim(
                201,
                entra().post(
                                "Users",
                                entraCreateBody(userName, UUID.randomUUID().toString())));

        assertEquals(JsonValue.TRUE, user.get("active"));
        assertEquals(
                JsonValue.TRUE, user.getJsonArray("emails").getJsonObject(0).get("primary"));
        assertEquals(
                JsonValue.FALSE,
                user.getJsonArray("phoneNumbers").getJsonObject(0).get("primary"));
        assertTrue(strings(user.getJsonArray("schemas")).contains(ENTERPRISE_SCHEMA), user::toString);
        assertEquals("701984", user.getJsonObject(ENTERPRISE_SCHEMA).getString("employeeNumber"));
        assertEquals(
                JsonValue.TRUE,
                assertScim(200, entra().get("Users/" + user.getString("id"))).get("active"));
    }

    @Test
    @DisplayName(
            "Entra PATCH with capitalised ops: filtered email path, name, externalId, enterprise number and manager")
    default void entraUpdatesUserAttributesWithCapitalisedOps() {
        String userName = uniqueUserName("entra-update");
        String id = assertScim(
                        201,
                        entra().post(
                                        "Users",
                                        entraCreateBody(
                                                userName, UUID.randomUUID().toString())))
                .getString("id");
        String manager = entra().createUserId(uniqueUserName("entra-manager"));
        String workEmail = uniqueUserName("entra-work");
        String externalId = UUID.randomUUID().toString();

        Reply reply = entra().patch(
                        "Users/" + id,
                        ReplayFixtures.text(
                                "entra/update-user-attributes.json",
                                "workEmail",
                                workEmail,
                                "externalId",
                                externalId,
                                "managerId",
                                manager));

        JsonObject user = assertScim(200, reply);
        assertEquals(
                List.of("home", "work"),
                user.getJsonArray("emails").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("type"))
                        .toList(),
                "the missing work email is created beside the home one");
        assertEquals(workEmail, workEmailOf(user));
        assertEquals("Jensen-Smith", user.getJsonObject("name").getString("familyName"));
        assertEquals("givenName", user.getJsonObject("name").getString("givenName"));
        assertEquals(externalId, user.getString("externalId"));
        JsonObject enterprise = user.getJsonObject(ENTERPRISE_SCHEMA);
        assertEquals("701985", enterprise.getString("employeeNumber"));
        assertEquals(manager, enterprise.getJsonObject("manager").getString("value"));
        assertEquals("Tour Operations", enterprise.getString("department"));
        assertEtagIsVersion(reply);
        assertEquals(
                user.getJsonObject(ENTERPRISE_SCHEMA),
                assertScim(200, entra().get("Users/" + id)).getJsonObject(ENTERPRISE_SCHEMA));
    }

    @Test
    @DisplayName("Entra path-less replace with dotted and URN keys inside value")
    default void entraReplacesWithDottedAndUrnKeysInAPathlessValue() {
        String id = assertScim(
                        201,
                        entra().post(
                                        "Users",
                                        entraCreateBody(
                                                uniqueUserName("entra-pathless"),
                                                UUID.randomUUID().toString())))
                .getString("id");

        JsonObject user = assertScim(
                200, entra().patch("Users/" + id, ReplayFixtures.text("entra/pathless-qualified-keys.json")));

        assertEquals("Ann Jensen", user.getString("displayName"));
        assertEquals("Ann", user.getJsonObject("name").getString("givenName"));
        assertEquals("familyName", user.getJsonObject("name").getString("familyName"), "the rest of name stays");
        assertEquals("Sales", user.getJsonObject(ENTERPRISE_SCHEMA).getString("department"));
        assertEquals("701984", user.getJsonObject(ENTERPRISE_SCHEMA).getString("employeeNumber"));
        assertEquals(JsonValue.TRUE, user.get("active"));
        assertFalse(user.containsKey("name.givenName"), "a dotted key is a path, not a new attribute");
    }

    @Test
    @DisplayName("Entra soft delete: {\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}")
    default void entraDeactivatesWithTheStringFalse() {
        String id = assertScim(
                        201,
                        entra().post(
                                        "Users",
                                        entraCreateBody(
                                                uniqueUserName("entra-off"),
                                                UUID.randomUUID().toString())))
                .getString("id");

        JsonObject user =
                assertScim(200, entra().patch("Users/" + id, ReplayFixtures.text("entra/deactivate-user.json")));

        assertEquals(JsonValue.FALSE, user.get("active"));
        assertEquals(
                JsonValue.FALSE, assertScim(200, entra().get("Users/" + id)).get("active"));
    }

    @Test
    @DisplayName("Entra lookups: userName eq, externalId eq unquoted, emails[type eq \"work\"].value eq")
    default void entraFindsUsersByUserNameExternalIdAndWorkEmail() {
        String userName = uniqueUserName("entra-lookup");
        String externalId = UUID.randomUUID().toString();
        String workEmail = uniqueUserName("entra-lookup-work");
        String id = entra().createUser(Json.createObjectBuilder()
                        .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                        .add("userName", userName)
                        .add("externalId", externalId)
                        .add(
                                "emails",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("type", "work")
                                                .add("value", workEmail)))
                        .build())
                .getString("id");
        // Someone whose *home* address is that value must not be found by the work-email lookup.
        entra().createUser(Json.createObjectBuilder()
                        .add("userName", uniqueUserName("entra-lookup-home"))
                        .add(
                                "emails",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("type", "home")
                                                .add("value", workEmail)))
                        .build())
                .getString("id");

        assertEquals(
                List.of(id),
                ids(assertList(entra().get("Users?filter=" + encode("userName eq \"" + userName + "\"")), 1, 1, 1)));
        assertEquals(
                List.of(id),
                ids(assertList(entra().get("Users?filter=" + encode("externalId eq " + externalId)), 1, 1, 1)));
        assertEquals(
                List.of(id),
                ids(assertList(
                        entra().get("Users?filter=" + encode("externalId eq \"" + externalId + "\"")), 1, 1, 1)));
        assertEquals(
                List.of(id),
                ids(assertList(
                        entra().get("Users?filter="
                                + encode("emails[type eq \"work\"].value eq \"" + workEmail + "\"")),
                        1,
                        1,
                        1)));
        assertList(
                entra().get("Users?filter=" + encode("userName eq \"" + uniqueUserName("entra-nobody") + "\"")),
                0,
                0,
                1);
    }

    @Test
    @DisplayName("Entra group membership: Add with $ref null, probe, Remove as value list, Add as plain string; 204s")
    default void entraManagesGroupMembershipWithPatch() {
        String uid = entra().createUserId(uniqueUserName("entra-member"));
        String displayName = unique("Entra Group");
        JsonObject group = assertScim(
                201,
                entra().post(
                                "Groups",
                                ReplayFixtures.text(
                                        "entra/create-group.json",
                                        "externalId",
                                        UUID.randomUUID().toString(),
                                        "displayName",
                                        displayName)));
        String gid = group.getString("id");
        String probe =
                "Groups?filter=" + encode("id eq \"" + gid + "\" and members eq \"" + uid + "\"") + "&attributes=id";

        assertList(entra().get(probe), 0, 0, 1);
        assertNoContent(entra().patch(
                        "Groups/" + gid, ReplayFixtures.text("entra/group-add-member-null-ref.json", "userId", uid)));
        JsonObject found = assertList(entra().get(probe), 1, 1, 1);
        JsonObject onlyId = found.getJsonArray("Resources").getJsonObject(0);
        assertEquals(gid, onlyId.getString("id"));
        assertEquals(Set.of("id"), keysBesidesSchemas(onlyId), "attributes=id returns the id alone");

        JsonObject byName = assertList(
                        entra().get("Groups?excludedAttributes=members&filter="
                                + encode("displayName eq \"" + displayName + "\"")),
                        1,
                        1,
                        1)
                .getJsonArray("Resources")
                .getJsonObject(0);
        assertEquals(displayName, byName.getString("displayName"));
        assertFalse(byName.containsKey("members"), byName::toString);

        assertNoContent(entra().patch(
                        "Groups/" + gid,
                        ReplayFixtures.text("entra/group-remove-members-by-value-list.json", "userId", uid)));
        assertList(entra().get(probe), 0, 0, 1);
        assertEquals(List.of(), refs(assertScim(200, entra().get("Groups/" + gid)), "members"));

        // Microsoft's test collection: add members with a plain string value.
        assertNoContent(entra().patch(
                        "Groups/" + gid,
                        ReplayFixtures.text("entra/group-add-member-plain-string.json", "userId", uid)));
        assertEquals(List.of(uid), refs(assertScim(200, entra().get("Groups/" + gid)), "members"));
        assertList(entra().get(probe), 1, 1, 1);

        String renamed = unique("Entra Renamed");
        assertNoContent(
                entra().patch("Groups/" + gid, ReplayFixtures.text("entra/group-rename.json", "displayName", renamed)));
        JsonObject afterRename = assertScim(200, entra().get("Groups/" + gid));
        assertEquals(renamed, afterRename.getString("displayName"));
        assertEquals(List.of(uid), refs(afterRename, "members"));
    }

    @Test
    @DisplayName("Entra reads /Schemas: User, Group and EnterpriseUser with attribute metadata")
    default void entraReadsSchemasWithAttributeMetadata() {
        JsonObject list = assertScim(200, entra().get("Schemas"));
        List<JsonObject> schemas = list.getJsonArray("Resources").getValuesAs(JsonObject.class);
        // The resource schemas, and the discovery documents' own (RFC 7643 sections 5 to 7) compliance suites ask for.
        assertEquals(
                Set.of(
                        USER_SCHEMA,
                        GROUP_SCHEMA,
                        ENTERPRISE_SCHEMA,
                        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
                        "urn:ietf:params:scim:schemas:core:2.0:ResourceType",
                        "urn:ietf:params:scim:schemas:core:2.0:Schema"),
                Set.copyOf(schemas.stream().map(s -> s.getString("id")).toList()));
        assertEquals(schemas.size(), integer(list, "totalResults"));

        JsonObject userName = attribute(schema(schemas, USER_SCHEMA), "userName");
        assertEquals("string", userName.getString("type"));
        assertEquals(JsonValue.TRUE, userName.get("required"));
        assertEquals(JsonValue.FALSE, userName.get("caseExact"));
        assertEquals(JsonValue.FALSE, userName.get("multiValued"));
        assertEquals("readWrite", userName.getString("mutability"));
        assertEquals("default", userName.getString("returned"));
        assertEquals("server", userName.getString("uniqueness"));
        JsonObject password = attribute(schema(schemas, USER_SCHEMA), "password");
        assertEquals("writeOnly", password.getString("mutability"));
        assertEquals("never", password.getString("returned"));
        JsonObject emails = attribute(schema(schemas, USER_SCHEMA), "emails");
        assertEquals("complex", emails.getString("type"));
        assertEquals(JsonValue.TRUE, emails.get("multiValued"));
        assertTrue(subAttributeNames(emails).containsAll(List.of("value", "type", "primary")), emails::toString);

        JsonObject manager = attribute(schema(schemas, ENTERPRISE_SCHEMA), "manager");
        assertEquals("complex", manager.getString("type"));
        assertTrue(subAttributeNames(manager).contains("value"), manager::toString);
        assertEquals(
                "string",
                attribute(schema(schemas, ENTERPRISE_SCHEMA), "employeeNumber").getString("type"));

        JsonObject members = attribute(schema(schemas, GROUP_SCHEMA), "members");
        assertEquals(JsonValue.TRUE, members.get("multiValued"));
        assertTrue(subAttributeNames(members).containsAll(List.of("value", "type")), members::toString);
    }

    @Test
    @DisplayName("Microsoft test collection: unquoted values, mixed-case names, grouped or")
    default void microsoftFilterWithUnquotedValuesAndMixedCaseNames() {
        // A family name of letters only, so it can go unquoted as Microsoft sends "Employee", and stays ours.
        String family = "Employee" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String com = entra().createUser(
                        withNameAndEmail(uniqueUserName("ms-com"), family, unique("ms") + "@example.com"))
                .getString("id");
        String org = entra().createUser(
                        withNameAndEmail(uniqueUserName("ms-org"), family, unique("ms") + "@example.org"))
                .getString("id");
        entra().createUser(withNameAndEmail(uniqueUserName("ms-net"), family, unique("ms") + "@example.net"));
        entra().createUser(withNameAndEmail(uniqueUserName("ms-other"), family + "x", unique("ms") + "@example.com"));

        JsonObject list = assertList(
                entra().get("Users?filter="
                        + encode("name.FamilyName eq " + family
                                + " and (emails.Value co example.com or emails.Value co example.org)")),
                2,
                2,
                1);

        assertEquals(Set.of(com, org), Set.copyOf(ids(list)));
    }

    @Test
    @DisplayName("Microsoft test collection: meta.Created gt a timestamp with 7 fractional digits and an offset")
    default void microsoftFilterOnMetaCreated() {
        String id = entra().createUserId(uniqueUserName("ms-created"));
        long everyone = integer(assertScim(200, entra().get("Users?count=0")), "totalResults");

        JsonObject since2015 = assertScim(
                200,
                entra().get("Users?count=0&filter=" + encode("meta.Created gt 2015-10-10T14:38:21.8617979-07:00")));
        assertEquals(everyone, integer(since2015, "totalResults"), "every user was created after 2015");

        assertList(entra().get("Users?filter=" + encode("meta.Created gt 2999-10-10T14:38:21.8617979-07:00")), 0, 0, 1);
        assertEquals(
                List.of(id),
                ids(assertList(
                        entra().get("Users?filter="
                                + encode("meta.created gt " + "2015-10-10T14:38:21.8617979-07:00 and id eq \"" + id
                                        + "\"")),
                        1,
                        1,
                        1)));
    }

    @Test
    @DisplayName("Microsoft test collection: attributes=emails[type eq \"work\"] returns emails and little else")
    default void microsoftAttributesWithAValueFilter() {
        String userName = uniqueUserName("ms-attrs");
        String workEmail = uniqueUserName("ms-attrs-work");
        entra().createUser(Json.createObjectBuilder()
                .add("userName", userName)
                .add(
                        "emails",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "work")
                                        .add("value", workEmail)))
                .build());

        JsonObject list = assertList(
                entra().get("Users?filter=" + encode("userName eq \"" + userName + "\"") + "&attributes="
                        + encode("emails[type eq \"work\"]")),
                1,
                1,
                1);

        JsonObject user = list.getJsonArray("Resources").getJsonObject(0);
        assertEquals(workEmail, workEmailOf(user));
        assertEquals(Set.of("id", "emails"), keysBesidesSchemas(user));
    }

    @Test
    @DisplayName("Microsoft test collection: PUT with a misspelled attribute answers 200 and ignores it")
    default void microsoftPutWithAMisspelledAttributeIgnoresIt() {
        String userName = uniqueUserName("ms-typo");
        String id = entra().createUserId(userName);
        JsonObject got = assertScim(200, entra().get("Users/" + id));
        JsonObject typo = Json.createObjectBuilder(got)
                .add("userNaem", "someone-else@example.com")
                .add("displayName", "Changed")
                .build();

        JsonObject user = assertScim(200, entra().put("Users/" + id, typo.toString()));

        assertEquals(userName, user.getString("userName"));
        assertEquals("Changed", user.getString("displayName"));
        assertFalse(user.containsKey("userNaem"), user::toString);
        assertFalse(assertScim(200, entra().get("Users/" + id)).containsKey("userNaem"));
    }

    @Test
    @DisplayName("Microsoft test collection: a user without userName is 400 invalidValue and nothing is created")
    default void microsoftCreateWithoutUserNameIsRejected() {
        String externalId = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("externalId", externalId)
                .add("name", Json.createObjectBuilder().add("givenName", "No").add("familyName", "Name"))
                .add("active", true)
                .build()
                .toString();

        assertError(400, "invalidValue", entra().post("Users", body));
        assertList(entra().get("Users?filter=" + encode("externalId eq \"" + externalId + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("Microsoft test collection: malformed JSON is 400 invalidSyntax")
    default void microsoftMalformedJsonIsInvalidSyntax() {
        assertError(
                400, "invalidSyntax", entra().post("Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":"));
        String id = entra().createUserId(uniqueUserName("ms-malformed"));
        assertError(400, "invalidSyntax", entra().patch("Users/" + id, "{\"Operations\":[{\"op\":\"Replace\",}]"));
        assertError(400, "invalidSyntax", entra().put("Users/" + id, "[1,2]"));
    }

    private static JsonObject schema(List<JsonObject> schemas, String id) {
        return schemas.stream()
                .filter(s -> s.getString("id").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject attribute(JsonObject schema, String name) {
        return schema.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(schema.getString("id") + " has no attribute " + name));
    }

    private static List<String> subAttributeNames(JsonObject attribute) {
        return attribute.getJsonArray("subAttributes").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name"))
                .toList();
    }
}
