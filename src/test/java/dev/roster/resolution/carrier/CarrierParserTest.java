package dev.roster.resolution.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.Json;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: a SQL text and the findings it must produce, rendered by {@link FindingText}
 * ({@code KIND@statementIndex values-or-reason}). Grouped by carrier; decoys (markers that are data, not
 * carriers) have their own table.
 */
class CarrierParserTest {

    private static final String LOOKER =
            "-- Looker Query Context '{\"user_id\":123,\"history_slug\":\"9e8d\"," + "\"instance_slug\":\"a1b2\"}'\n";

    static Stream<Arguments> looker() {
        return Stream.of(
                arguments(
                        LOOKER + "SELECT * FROM orders",
                        List.of("LOOKER_CONTEXT@0 userId=123 historySlug=9e8d instanceSlug=a1b2")),
                arguments(
                        "-- Looker Query Context '{\"user_id\":7,\"history_id\":4567,\"instance_slug\":\"x\"}'\nSELECT 1",
                        List.of("LOOKER_CONTEXT@0 userId=7 historyId=4567 instanceSlug=x")),
                arguments("-- looker query context '{\"user_id\":5}'\nSELECT 1", List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments("--Looker Query Context '{\"user_id\":5}'", List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments("--   Looker Query Context   '{\"user_id\":5}'   ", List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments("-- Looker Query Context {\"user_id\":5}", List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments(
                        "/* Looker Query Context '{\"user_id\":5}' */ SELECT 1", List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments("SELECT 1 -- Looker Query Context '{\"user_id\":5}'", List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments(
                        "SELECT /* Looker Query Context '{\"user_id\":5}' */ 1", List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments(
                        "SELECT a,\n-- Looker Query Context '{\"user_id\":5}'\nb FROM t",
                        List.of("LOOKER_CONTEXT@0 userId=5")),
                arguments("-- Looker Query Context '{\"user_id\":\"123\"}'", List.of("LOOKER_CONTEXT@0 userId=123")),
                arguments(
                        "-- Looker Query Context '{\"user_id\":922337203685477580}'",
                        List.of("LOOKER_CONTEXT@0 userId=922337203685477580")),
                // Present but unusable: reported, not dropped.
                arguments(
                        "-- Looker Query Context '{\"user_id\":\"abc\"}'",
                        List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments(
                        "-- Looker Query Context '{\"user_id\":12.5}'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("-- Looker Query Context '{\"user_id\":-3}'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("-- Looker Query Context '{\"user_id\":0}'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("-- Looker Query Context '{\"user_id\":1e3}'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments(
                        "-- Looker Query Context '{\"user_id\":99999999999999999999}'",
                        List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments(
                        "-- Looker Query Context '{\"user_id\":true}'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments(
                        "-- Looker Query Context '{\"history_slug\":\"x\"}'",
                        List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("-- Looker Query Context '{\"user_id\":123'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("-- Looker Query Context '[123]'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("-- Looker Query Context ''", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("-- Looker Query Context", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments(
                        "-- Looker Query Context '{\"user_id\":1,\"user_id\":2}'",
                        List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments(
                        "-- Looker Query Context '{\"user_id\":1} {\"user_id\":2}'",
                        List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                arguments("/* Looker Query Context '{\"user_id\":5}'", List.of("LOOKER_CONTEXT@0 malformed-carrier")),
                // Looker ran it for no one.
                arguments("-- Looker Query Context '{\"user_id\":null}'", List.of("LOOKER_CONTEXT@0 empty-user")),
                // The marker must open the comment and end at a boundary.
                arguments("-- see Looker Query Context '{\"user_id\":5}'", List.of()),
                arguments("-- Looker Query Contextual '{\"user_id\":5}'", List.of()));
    }

    static Stream<Arguments> lookerEmail() {
        return Stream.of(
                arguments(
                        "-- roster.email: jane@example.com\nSELECT 1",
                        List.of("LOOKER_EMAIL@0 email=jane@example.com")),
                arguments("-- ROSTER.EMAIL jane@example.com", List.of("LOOKER_EMAIL@0 email=jane@example.com")),
                arguments(
                        "/* roster.email=jane@example.com */ SELECT 1",
                        List.of("LOOKER_EMAIL@0 email=jane@example.com")),
                arguments(
                        "SELECT 1 /*roster.email:jane@example.com*/", List.of("LOOKER_EMAIL@0 email=jane@example.com")),
                arguments(
                        LOOKER + "-- roster.email: jane@example.com\nSELECT 1",
                        List.of(
                                "LOOKER_CONTEXT@0 userId=123 historySlug=9e8d instanceSlug=a1b2",
                                "LOOKER_EMAIL@0 email=jane@example.com")),
                // Liquid left unsubstituted (the preamble ran outside Looker) is not an address.
                arguments(
                        "-- roster.email: {{ _user_attributes['email'] }}",
                        List.of("LOOKER_EMAIL@0 malformed-carrier")),
                arguments("-- roster.email: jane", List.of("LOOKER_EMAIL@0 malformed-carrier")),
                arguments("-- roster.email: jane@", List.of("LOOKER_EMAIL@0 malformed-carrier")),
                arguments("-- roster.email: jane@example.com and more", List.of("LOOKER_EMAIL@0 malformed-carrier")),
                arguments(
                        "-- roster.email: " + "j".repeat(400) + "@example.com",
                        List.of("LOOKER_EMAIL@0 malformed-carrier")),
                // The user attribute was empty, as for a PDT that Looker builds itself.
                arguments("-- roster.email:", List.of("LOOKER_EMAIL@0 empty-user")),
                arguments("-- roster.email:   \nSELECT 1", List.of("LOOKER_EMAIL@0 empty-user")),
                arguments("-- roster.emails: jane@example.com", List.of()));
    }

    static Stream<Arguments> tableau() {
        return Stream.of(
                arguments("SELECT 'roster.enduser', 'jdoe'", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments("select 'ROSTER.ENDUSER' , 'jdoe' ;", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments("SELECT'roster.enduser','jdoe';", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments(
                        "SELECT 'roster.email', 'jane@example.com'", List.of("TABLEAU_EMAIL@0 email=jane@example.com")),
                arguments("SELECT 'roster.enduser', 'CORP\\jdoe'", List.of("TABLEAU_ENDUSER@0 user=jdoe domain=CORP")),
                arguments(
                        "SELECT 'roster.enduser', 'corp.example.com\\jdoe'",
                        List.of("TABLEAU_ENDUSER@0 user=jdoe domain=corp.example.com")),
                arguments("SELECT 'roster.enduser', '\\jdoe'", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments("SELECT 'roster.enduser', ' jdoe '", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments("SELECT 'roster.enduser', 'o''brien'", List.of("TABLEAU_ENDUSER@0 user=o'brien")),
                arguments(
                        "SELECT 'roster.enduser', E'CORP\\\\jdoe'", List.of("TABLEAU_ENDUSER@0 user=jdoe domain=CORP")),
                arguments("SELECT 'roster.enduser', $$jdoe$$", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments("SELECT N'roster.enduser', N'jdoe'", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments(
                        "SELECT 'roster.enduser' AS marker, 'jdoe' AS end_user",
                        List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments("SELECT 'roster.enduser' marker, N'jdoe' \"user\"", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments("SELECT 'roster.enduser' AS `m`, 'jdoe' AS 'u'", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                arguments(
                        "SELECT 'roster.email', 'jane@example.com' FROM dual",
                        List.of("TABLEAU_EMAIL@0 email=jane@example.com")),
                arguments("SELECT 'roster.enduser', 'jdoe' AS u FROM DUAL;", List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                // Comments anywhere between the tokens.
                arguments(
                        "/* a */ SELECT /* b */ 'roster.enduser' -- c\n , /* d */ 'jdoe' /* e */ ; -- f",
                        List.of("TABLEAU_ENDUSER@0 user=jdoe")),
                // No one signed in: an extract refresh.
                arguments("SELECT 'roster.enduser', ''", List.of("TABLEAU_ENDUSER@0 empty-user")),
                arguments("SELECT 'roster.enduser', '   '", List.of("TABLEAU_ENDUSER@0 empty-user")),
                arguments("SELECT 'roster.enduser', 'CORP\\'", List.of("TABLEAU_ENDUSER@0 empty-user")),
                arguments("SELECT 'roster.email', ''", List.of("TABLEAU_EMAIL@0 empty-user")),
                // Committed to a marker statement, then the wrong shape.
                arguments("SELECT 'roster.enduser'", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser',", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser', 42", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser', NULL", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments(
                        "SELECT 'roster.enduser', [TableauServerUser]", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser', 'a', 'b'", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser', 'jdoe' AS", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser' FROM t", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser', 'jdoe", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.enduser', 'line\nbreak'", List.of("TABLEAU_ENDUSER@0 malformed-carrier")),
                arguments("SELECT 'roster.email', 'jdoe'", List.of("TABLEAU_EMAIL@0 malformed-carrier")),
                // Not a marker statement at all.
                arguments("SELECT 'something else', 'jdoe'", List.of()),
                arguments("SELECT 'roster.enduser ', 'jdoe'", List.of()),
                arguments("SELECT \"roster.enduser\", 'jdoe'", List.of()),
                arguments("SELECT x FROM t WHERE y = 'roster.enduser'", List.of()),
                arguments("WITH a AS (SELECT 'roster.enduser', 'x') SELECT * FROM a", List.of()),
                arguments("INSERT INTO t VALUES ('roster.enduser', 'jdoe')", List.of()),
                arguments("SELECT 1, 'roster.enduser', 'jdoe'", List.of()));
    }

    static Stream<Arguments> custom() {
        return Stream.of(
                arguments(
                        "/* RosterContext {\"user\":\"bob@example.com\",\"userGroup\":\"Finance\","
                                + "\"serviceName\":\"billing\",\"attributes\":{\"ticket\":\"1234\"}} */ SELECT 1",
                        List.of("CUSTOM_CONTEXT@0 user=bob@example.com userGroup=Finance serviceName=billing"
                                + " attributes={\"ticket\":\"1234\"}")),
                arguments("/* RosterContext {\"user\":\"bob\"} */", List.of("CUSTOM_CONTEXT@0 user=bob")),
                arguments("/*RosterContext{\"user\":\"bob\"}*/", List.of("CUSTOM_CONTEXT@0 user=bob")),
                arguments("/* rostercontext '{\"user\":\"bob\"}' */", List.of("CUSTOM_CONTEXT@0 user=bob")),
                arguments("-- RosterContext {\"user\":\"bob\"}\nSELECT 1", List.of("CUSTOM_CONTEXT@0 user=bob")),
                arguments("SELECT 1 /* RosterContext {\"user\":\"bob\"} */", List.of("CUSTOM_CONTEXT@0 user=bob")),
                arguments(
                        "/* RosterContext {\"user\":\" bob \",\"userGroup\":\"\",\"serviceName\":null,"
                                + "\"attributes\":null} */",
                        List.of("CUSTOM_CONTEXT@0 user=bob")),
                arguments(
                        "/* RosterContext {\"user\":\"bob\",\"attributes\":{\"a\":{\"b\":[1,2]}}} */",
                        List.of("CUSTOM_CONTEXT@0 user=bob attributes={\"a\":{\"b\":[1,2]}}")),
                arguments(
                        "/* RosterContext {\"user\":\"bob\",\"note\":\"*\\/ fine\"} */",
                        List.of("CUSTOM_CONTEXT@0 user=bob")),
                // Unusable.
                arguments(
                        "/* RosterContext {\"userGroup\":\"Finance\"} */",
                        List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments("/* RosterContext {\"user\":42} */", List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments(
                        "/* RosterContext {\"user\":\"bob\",\"userGroup\":[\"a\"]} */",
                        List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments(
                        "/* RosterContext {\"user\":\"bob\",\"attributes\":[]} */",
                        List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments("/* RosterContext {\"user\":\"bob\" */", List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments("/* RosterContext {user:'bob'} */", List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments("/* RosterContext {\"user\":\"bob\"}", List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments(
                        "/* RosterContext {\"user\":\"bob\\u0000\"} */", List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                // A "/*" inside the JSON opens a nested comment, as PostgreSQL reads it; the outer one never closes.
                arguments(
                        "/* RosterContext {\"user\":\"bob\",\"attributes\":{\"path\":\"/*\"}} */ SELECT 1",
                        List.of("CUSTOM_CONTEXT@0 malformed-carrier")),
                arguments("/* RosterContext {\"user\":\"\"} */", List.of("CUSTOM_CONTEXT@0 empty-user")),
                arguments("/* RosterContext {\"user\":null} */", List.of("CUSTOM_CONTEXT@0 empty-user")),
                // A marker in a nested comment is not at the start of the comment.
                arguments("/* outer /* RosterContext {\"user\":\"x\"} */ still outer */ SELECT 1", List.of()));
    }

    /** Markers that are data, not carriers: inside strings, identifiers and dollar quotes. */
    static Stream<Arguments> decoys() {
        return Stream.of(
                arguments("SELECT '-- Looker Query Context ''{\"user_id\":1}'''", List.of()),
                arguments("SELECT '/* RosterContext {\"user\":\"x\"} */'", List.of()),
                arguments("SELECT '-- roster.email: jane@example.com'", List.of()),
                arguments("SELECT \"-- Looker Query Context '{\"\"user_id\"\":1}'\" FROM t", List.of()),
                arguments("SELECT `-- Looker Query Context '{\"user_id\":1}'` FROM t", List.of()),
                arguments("SELECT $x$ /* RosterContext {\"user\":\"x\"} */ $x$", List.of()),
                arguments("SELECT $$\n-- Looker Query Context '{\"user_id\":1}'\n$$", List.of()),
                arguments("SELECT E'it\\'s -- Looker Query Context ''{\"user_id\":1}''', 1", List.of()),
                arguments("SELECT N'/* RosterContext {\"user\":\"x\"} */'", List.of()),
                arguments("SELECT 'SELECT ''roster.enduser'', ''jdoe'''", List.of()),
                // A backslash does not escape in a standard string, so the comment after it is real.
                arguments(
                        "SELECT 'C:\\', '/* x' -- Looker Query Context '{\"user_id\":9}'",
                        List.of("LOOKER_CONTEXT@0 userId=9")));
    }

    static Stream<Arguments> severalStatements() {
        return Stream.of(
                arguments(
                        "SELECT 'roster.enduser', 'a'; SELECT 'roster.enduser', 'b'",
                        List.of("TABLEAU_ENDUSER@0 user=a", "TABLEAU_ENDUSER@1 user=b")),
                arguments(
                        "SET search_path = analytics; SELECT 'roster.enduser', 'jdoe'; "
                                + "SELECT 'roster.email', 'jdoe@example.com';",
                        List.of("TABLEAU_ENDUSER@1 user=jdoe", "TABLEAU_EMAIL@2 email=jdoe@example.com")),
                arguments(
                        "SELECT 1; -- Looker Query Context '{\"user_id\":5}'\nSELECT 2",
                        List.of("LOOKER_CONTEXT@1 userId=5")),
                arguments("SELECT 'x;y'; SELECT 'roster.enduser', 'jdoe'", List.of("TABLEAU_ENDUSER@1 user=jdoe")),
                arguments(
                        "SELECT 'roster.enduser', 'jdoe' /* RosterContext {\"user\":\"bob\"} */",
                        List.of("CUSTOM_CONTEXT@0 user=bob", "TABLEAU_ENDUSER@0 user=jdoe")),
                arguments(";;SELECT 'roster.enduser', 'jdoe'", List.of("TABLEAU_ENDUSER@2 user=jdoe")),
                arguments(
                        "/* RosterContext {\"user\":\"a\"} */ SELECT 1; /* RosterContext {\"user\":\"b\"} */ SELECT 2",
                        List.of("CUSTOM_CONTEXT@0 user=a", "CUSTOM_CONTEXT@1 user=b")),
                arguments(
                        "SELECT 'roster.enduser'; SELECT 'roster.enduser', 'jdoe'",
                        List.of("TABLEAU_ENDUSER@0 malformed-carrier", "TABLEAU_ENDUSER@1 user=jdoe")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource({"looker", "lookerEmail", "tableau", "custom", "decoys", "severalStatements"})
    void findsCarriers(String sql, List<String> expected) {
        CarrierScan scan = new CarrierParser().parse(sql);
        assertEquals(expected, FindingText.describe(scan.findings()));
        assertFalse(scan.truncated());
    }

    @Test
    void customMarkersReplaceTheDefaults() {
        CarrierMarkers acme = CarrierMarkers.defaults()
                .withLookerContext("Acme Looker")
                .withEmail("acme.mail")
                .withEndUser("acme.user")
                .withCustomContext("AcmeContext");
        CarrierParser parser = new CarrierParser(acme);
        String sql = "-- Acme Looker '{\"user_id\":3}'\n-- acme.mail: jane@example.com\n"
                + "/* AcmeContext {\"user\":\"bob\"} */ SELECT 1; SELECT 'ACME.USER', 'jdoe'; SELECT 'acme.mail', 'j@x.org';"
                // The default names mean nothing to this account.
                + "-- Looker Query Context '{\"user_id\":4}'\n/* RosterContext {\"user\":\"eve\"} */"
                + "SELECT 'roster.enduser', 'mallory'";
        assertEquals(
                List.of(
                        "LOOKER_CONTEXT@0 userId=3",
                        "LOOKER_EMAIL@0 email=jane@example.com",
                        "CUSTOM_CONTEXT@0 user=bob",
                        "TABLEAU_ENDUSER@1 user=jdoe",
                        "TABLEAU_EMAIL@2 email=j@x.org"),
                FindingText.describe(parser.parse(sql).findings()));
    }

    @Test
    void markerThatIsAPrefixOfAnotherDoesNotSteal() {
        CarrierParser parser = new CarrierParser(
                CarrierMarkers.defaults().withLookerContext("Roster").withCustomContext("Roster Context"));
        assertEquals(
                List.of("CUSTOM_CONTEXT@0 user=bob", "LOOKER_CONTEXT@0 userId=8"),
                FindingText.describe(parser.parse("/* Roster Context {\"user\":\"bob\"} */ -- Roster '{\"user_id\":8}'")
                        .findings()));
    }

    @Test
    void lookerFindingKeepsEveryValue() {
        CarrierFinding finding =
                new CarrierParser().parse(LOOKER + "SELECT 1").findings().get(0);
        assertEquals(
                new LookerContextFinding(0, 123L, Optional.of("9e8d"), Optional.empty(), Optional.of("a1b2")), finding);
        assertEquals(CarrierScope.STATEMENT, finding.scope());
        assertEquals(Optional.empty(), finding.unattributedReason());
    }

    @Test
    void tableauFindingKeepsBothFormsOfTheName() {
        TableauUserFinding finding = (TableauUserFinding) new CarrierParser()
                .parse("SELECT 'roster.enduser', 'CORP\\jdoe'")
                .findings()
                .get(0);
        assertEquals("jdoe", finding.userName());
        assertEquals(Optional.of("CORP"), finding.domain());
        assertEquals("CORP\\jdoe", finding.qualifiedName());
        assertEquals(CarrierScope.SESSION, finding.scope());
    }

    @Test
    void customFindingKeepsAttributesAsJson() {
        CustomContextFinding finding = (CustomContextFinding) new CarrierParser()
                .parse("/* RosterContext {\"user\":\"bob\",\"attributes\":{\"ticket\":\"1234\",\"n\":2}} */")
                .findings()
                .get(0);
        assertEquals(
                Json.createObjectBuilder().add("ticket", "1234").add("n", 2).build(), finding.attributes());
    }

    @Test
    void unusableCarrierSaysWhy() {
        UnattributedFinding finding = (UnattributedFinding) new CarrierParser()
                .parse("-- Looker Query Context '{\"user_id\":\"abc\"}'")
                .findings()
                .get(0);
        assertEquals(UnattributedReason.MALFORMED_CARRIER, finding.reason());
        assertEquals(Optional.of(UnattributedReason.MALFORMED_CARRIER), finding.unattributedReason());
        assertEquals("Looker user_id is not a positive integer", finding.detail());
        assertEquals(Optional.empty(), finding.claim());
    }

    @Test
    void countsStatements() {
        assertEquals(1, new CarrierParser().parse("").statementCount());
        assertEquals(
                3, new CarrierParser().parse("SELECT 1; SELECT ';'; SELECT 3").statementCount());
    }

    @Test
    void carrierBeyondTheScanLimitIsNotSeenAndTheScanSaysSo() {
        String sql = "SELECT 1;" + " ".repeat(100) + "SELECT 'roster.enduser', 'jdoe'";
        CarrierScan scan = new CarrierParser(CarrierMarkers.defaults(), 50).parse(sql);
        assertTrue(scan.truncated());
        assertEquals(List.of(), scan.findings());
    }

    @Test
    void parserRejectsANegativeLimit() {
        assertThrows(IllegalArgumentException.class, () -> new CarrierParser(CarrierMarkers.defaults(), -1));
    }
}
