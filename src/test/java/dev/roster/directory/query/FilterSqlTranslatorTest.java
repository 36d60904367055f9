package dev.roster.directory.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.directory.ResourceTables;
import dev.roster.directory.TestDatabase;
import dev.roster.directory.index.AttributeIndexer;
import dev.roster.directory.index.AttributeRow;
import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.ResourceType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Filters translated to SQL and run on a migrated H2 database, against users indexed the way the store
 * indexes them: the semantics are checked by which users come back, not by the SQL text.
 */
class FilterSqlTranslatorTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final String INTEGRATION = "acme";
    private static final String OTHER_INTEGRATION = "other";
    private static final String FINANCE = "00000000-0000-0000-0000-0000000000f1";
    private static final String ENGINEERING = "00000000-0000-0000-0000-0000000000e1";

    private static TestDatabase database;
    private static Connection connection;

    @BeforeAll
    static void createDirectory() throws SQLException {
        database = TestDatabase.h2();
        connection = database.connect();
        integration(INTEGRATION);
        integration(OTHER_INTEGRATION);
        user(INTEGRATION, "u1", "bjensen", true, "2020-06-01T00:00:00Z", "1234", """
                {"userName":"bjensen","name":{"givenName":"Barbara","familyName":"Jensen"},"title":"Tour Guide",
                 "emails":[{"value":"bjensen@example.com","type":"work","primary":true},
                           {"value":"babs@jensen.org","type":"home"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"701984","department":"Sales"}}
                """);
        user(INTEGRATION, "u2", "jsmith", false, "2021-06-01T00:00:00Z", null, """
                {"userName":"jsmith","name":{"givenName":"John","familyName":"Smith"},
                 "emails":[{"value":"a@y.com","type":"work"},{"value":"b@x.com","type":"home"}]}
                """);
        user(INTEGRATION, "u3", "ann@Example.com", true, "2022-06-01T00:00:00Z", null, """
                {"userName":"ann@Example.com","emails":[{"value":"ann@example.com","type":"work"}]}
                """);
        user(OTHER_INTEGRATION, "u9", "bjensen", true, "2020-06-01T00:00:00Z", null, """
                {"userName":"bjensen"}
                """);
        group(INTEGRATION, FINANCE, "Finance");
        group(INTEGRATION, ENGINEERING, "Engineering");
        member(FINANCE, "u1", "User");
        member(ENGINEERING, FINANCE, "Group");
    }

    @AfterAll
    static void dropDirectory() throws SQLException {
        connection.close();
        database.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            userName eq "BJENSEN"                                         | bjensen
            USERNAME Eq "bjensen"                                         | bjensen
            userName sw "j"                                               | jsmith
            userName co "EXAMPLE"                                         | ann@Example.com
            userName ew ".com"                                            | ann@Example.com
            userName ne "bjensen"                                         | ann@Example.com,jsmith
            name.familyName eq "jensen"                                   | bjensen
            name.FamilyName eq Jensen                                     | bjensen
            emails[type eq "work" and value co "@x"]                      |
            emails[type eq "home" and value co "@x"]                      | jsmith
            emails[type eq "work"].value eq "a@y.com"                     | jsmith
            emails.value co "x.com"                                       | jsmith
            emails co "example"                                           | ann@Example.com,bjensen
            emails.Value co example.com or emails.Value co jensen.org     | ann@Example.com,bjensen
            title pr                                                      | bjensen
            not (title pr)                                                | ann@Example.com,jsmith
            title eq null                                                 | ann@Example.com,jsmith
            active eq false                                               | jsmith
            active eq "True"                                              | ann@Example.com,bjensen
            active ne true                                                | jsmith
            active eq false or userName eq "bjensen" and userName eq "ann@example.com" | jsmith
            (active eq false or userName eq "bjensen") and userName eq "ann@example.com" |
            not (active eq false) and not (userName sw "b")               | ann@Example.com
            urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984" | bjensen
            urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "sales" | bjensen
            urn:ietf:params:scim:schemas:core:2.0:User:userName eq "jsmith" | jsmith
            meta.created gt "2021-01-01T00:00:00Z"                        | ann@Example.com,jsmith
            meta.Created gt 2021-06-01T00:00:00.0000000+00:00             | ann@Example.com
            meta.created le 2021-06-01T02:00:00+02:00                     | bjensen,jsmith
            meta.resourceType eq "User"                                   | ann@Example.com,bjensen,jsmith
            externalId eq 1234                                            | bjensen
            externalId pr                                                 | bjensen
            id eq "u2"                                                    | jsmith
            groups.value eq "00000000-0000-0000-0000-0000000000f1"        | bjensen
            groups eq "00000000-0000-0000-0000-0000000000e1"              |
            groups.display eq "finance"                                   | bjensen
            groups pr                                                     | bjensen
            """)
    void usersMatching(String filter, String expected) throws SQLException {
        assertEquals(names(expected), matchingUsers(filter));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            displayName eq "FINANCE"                                      | Finance
            members eq "u1"                                               | Finance
            members[value eq "u1" and type eq "user"]                     | Finance
            members[type eq "Group"]                                      | Engineering
            id eq "00000000-0000-0000-0000-0000000000f1" and members eq "u1" | Finance
            id eq "00000000-0000-0000-0000-0000000000e1" and members eq "u1" |
            not (members pr)                                              |
            displayName sw "e"                                            | Engineering
            """)
    void groupsMatching(String filter, String expected) throws SQLException {
        assertEquals(names(expected), matching(ResourceType.GROUP, "display_name", filter));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nickname2 eq "x"
            name eq "x"
            active gt true
            active co "t"
            meta.created gt "yesterday"
            meta.location eq "x"
            emails[display eq "x"] and emails[nosuch eq "x"]
            """)
    void unsupportedFiltersAreInvalidFilter(String filter) {
        ScimException e = assertThrows(ScimException.class, () -> matchingUsers(filter));
        assertEquals(ScimErrorType.INVALID_FILTER, e.scimType());
        assertEquals(400, e.status());
    }

    @Test
    void otherIntegrationsAreNeverMatched() throws SQLException {
        assertEquals(Set.of("bjensen"), matchingUsers("userName eq \"bjensen\""));
        assertEquals(
                1, matching(ResourceType.USER, "id", "userName eq \"bjensen\"").size());
    }

    @Test
    void likeWildcardsInValuesAreLiteral() throws SQLException {
        assertEquals(Set.of(), matchingUsers("userName co \"%\""));
        assertEquals(Set.of(), matchingUsers("userName sw \"_smith\""));
    }

    private static Set<String> matchingUsers(String filter) throws SQLException {
        return matching(ResourceType.USER, "user_name", filter);
    }

    private static Set<String> matching(ResourceType kind, String column, String filter) throws SQLException {
        SqlBuilder condition = new FilterSqlTranslator(kind, REGISTRY).translate(FilterParser.parse(filter));
        String sql = "SELECT r." + column + " FROM " + ResourceTables.of(kind) + " r WHERE r.integration_id = ? AND ("
                + condition.text() + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, INTEGRATION);
            List<Object> params = condition.params();
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 2, params.get(i));
            }
            Set<String> found = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    private static Set<String> names(String csv) {
        Set<String> names = new TreeSet<>();
        if (csv != null) {
            for (String name : csv.split(",")) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static void integration(String id) throws SQLException {
        execute(
                "INSERT INTO integration (id, name, idp, scim_enabled, created_at, modified_at) VALUES (?, ?, 'generic', TRUE, 0, 0)",
                id,
                id);
    }

    private static void user(
            String integration,
            String id,
            String userName,
            boolean active,
            String created,
            String externalId,
            String json)
            throws SQLException {
        JsonObject document = Json.createReader(new StringReader(json)).readObject();
        long createdAt = Instant.parse(created).toEpochMilli();
        execute(
                "INSERT INTO scim_user (id, integration_id, user_name, user_name_ci, external_id, active, created_at, "
                        + "modified_at, version, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                id,
                integration,
                userName,
                userName.toLowerCase(Locale.ROOT),
                externalId,
                active,
                createdAt,
                createdAt,
                document.toString());
        AttributeIndexer indexer = new AttributeIndexer(REGISTRY.user(), Set.of("username", "externalid", "active"));
        for (AttributeRow row : indexer.rows(document)) {
            execute(
                    "INSERT INTO scim_attribute_value (resource_id, attr, sub_attr, elem, value_text, value_ci, value_num, "
                            + "value_bool) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    row.attr(),
                    row.subAttr(),
                    row.elem(),
                    row.text(),
                    row.textCi(),
                    row.number(),
                    row.bool());
        }
    }

    private static void group(String integration, String id, String name) throws SQLException {
        execute(
                "INSERT INTO scim_group (id, integration_id, display_name, display_name_ci, created_at, modified_at, "
                        + "version, document) VALUES (?, ?, ?, ?, 0, 0, 1, '{}')",
                id,
                integration,
                name,
                name.toLowerCase(Locale.ROOT));
    }

    private static void member(String group, String member, String type) throws SQLException {
        execute("INSERT INTO group_member (group_id, member_id, member_type) VALUES (?, ?, ?)", group, member, type);
    }

    private static void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
