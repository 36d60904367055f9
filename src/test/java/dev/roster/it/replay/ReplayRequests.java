package dev.roster.it.replay;

import static dev.roster.it.replay.ScimClient.ENTERPRISE_SCHEMA;
import static dev.roster.it.replay.ScimClient.USER_SCHEMA;
import static dev.roster.it.replay.ScimClient.uniqueUserName;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** The request bodies the scenarios send, from the replay fixtures or built for one test's needs. */
final class ReplayRequests {

    /** The password in okta/create-user.json, to check that no answer ever carries it. */
    static final String OKTA_FIXTURE_PASSWORD = "1mz050nq";

    private ReplayRequests() {}

    /** An Okta user id: "00u" and 17 more characters, like 00ujl29u0le5T6Aj10h7. */
    static String oktaUserId() {
        return "00u" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
    }

    static String oktaCreateBody(String userName) {
        return ReplayFixtures.text("okta/create-user.json", "userName", userName, "externalId", oktaUserId());
    }

    static String entraCreateBody(String userName, String externalId) {
        return ReplayFixtures.text(
                "entra/create-user.json",
                "userName",
                userName,
                "externalId",
                externalId,
                "homeEmail",
                uniqueUserName("home"));
    }

    /** Okta's rename-with-every-change plus one add and one remove, as its group push sends them together. */
    static String addAndRemove(String gid, String displayName, String addedId, String addedName, String removedId) {
        return ReplayFixtures.text(
                "okta/group-rename-add-and-remove-members.json",
                "groupId",
                gid,
                "displayName",
                displayName,
                "addedId",
                addedId,
                "addedName",
                addedName,
                "removedId",
                removedId);
    }

    static JsonObject withTitle(String userName, String title) {
        return Json.createObjectBuilder()
                .add("userName", userName)
                .add("title", title)
                .build();
    }

    static JsonObject withNameAndEmail(String userName, String familyName, String email) {
        return Json.createObjectBuilder()
                .add("userName", userName)
                .add("name", Json.createObjectBuilder().add("givenName", "Test").add("familyName", familyName))
                .add(
                        "emails",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "work")
                                        .add("value", email)))
                .build();
    }

    static JsonObject enterpriseUser(String userName) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA).add(ENTERPRISE_SCHEMA))
                .add("userName", userName)
                .add("name", Json.createObjectBuilder().add("givenName", "Ann").add("familyName", "Jensen"))
                .add(
                        "emails",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "work")
                                        .add("value", userName)))
                .add(
                        ENTERPRISE_SCHEMA,
                        Json.createObjectBuilder().add("department", "Sales").add("employeeNumber", "42"))
                .build();
    }

    static String userWithTitleOfLength(String userName, int length) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("userName", userName)
                .add("title", "x".repeat(length))
                .build()
                .toString();
    }
}
