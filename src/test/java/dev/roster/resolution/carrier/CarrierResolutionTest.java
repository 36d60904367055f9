package dev.roster.resolution.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which claim is in force, from the findings of a statement (parsed from SQL, so the tests read like the
 * traffic) and the session's remembered carrier. Outcomes are written {@code KEY_TYPE value via carrier} or
 * {@code unattributed reason}.
 */
class CarrierResolutionTest {

    private static final CarrierParser PARSER = new CarrierParser();
    private static final String LOOKER_5 = "-- Looker Query Context '{\"user_id\":5,\"instance_slug\":\"i1\"}'\n";
    private static final String LOOKER_6 = "-- Looker Query Context '{\"user_id\":6}'\n";
    private static final String TABLEAU_JDOE = "SELECT 'roster.enduser', 'jdoe';";
    private static final String TABLEAU_EMPTY = "SELECT 'roster.enduser', '';";

    static Stream<Arguments> outcomes() {
        return Stream.of(
                // Nothing anywhere.
                arguments("SELECT 1", null, "unattributed no-carrier"),
                // Each carrier alone.
                arguments(LOOKER_5 + "SELECT 1", null, "LOOKER_USER_ID 5 via looker-context"),
                arguments(
                        "-- roster.email: jane@example.com\nSELECT 1", null, "EMAIL jane@example.com via looker-email"),
                arguments(TABLEAU_JDOE, null, "USER_NAME jdoe via tableau-initial-sql"),
                arguments(
                        "SELECT 'roster.email', 'jane@example.com'",
                        null,
                        "EMAIL jane@example.com via tableau-initial-sql"),
                arguments("/* RosterContext {\"user\":\"bob\"} */ SELECT 1", null, "USER_NAME bob via custom-context"),
                // The session's carrier applies to statements without their own.
                arguments("SELECT 1", TABLEAU_JDOE, "USER_NAME jdoe via tableau-initial-sql"),
                arguments("SELECT 1", TABLEAU_EMPTY, "unattributed empty-user"),
                // Statement-scoped carriers win over the session's.
                arguments(LOOKER_5 + "SELECT 1", TABLEAU_JDOE, "LOOKER_USER_ID 5 via looker-context"),
                arguments(
                        "/* RosterContext {\"user\":\"bob\"} */ SELECT 1",
                        TABLEAU_JDOE,
                        "USER_NAME bob via custom-context"),
                arguments(
                        TABLEAU_JDOE + " /* RosterContext {\"user\":\"bob\"} */ SELECT 1",
                        null,
                        "USER_NAME bob via custom-context"),
                // ...even when unusable: the statement named someone, just not readably.
                arguments(
                        "-- Looker Query Context '{\"user_id\":\"x\"}'\nSELECT 1",
                        TABLEAU_JDOE,
                        "unattributed malformed-carrier"),
                arguments("/* RosterContext {\"user\":\"\"} */ SELECT 1", TABLEAU_JDOE, "unattributed empty-user"),
                // A new Initial SQL replaces the remembered one, the later of two wins.
                arguments(
                        "SELECT 'roster.enduser', 'asmith'", TABLEAU_JDOE, "USER_NAME asmith via tableau-initial-sql"),
                arguments(TABLEAU_EMPTY + " SELECT 1", TABLEAU_JDOE, "unattributed empty-user"),
                arguments(
                        TABLEAU_JDOE + " SELECT 'roster.email', 'j@example.com'",
                        null,
                        "EMAIL j@example.com via tableau-initial-sql"),
                arguments("SELECT 'roster.enduser'; SELECT 1", TABLEAU_JDOE, "unattributed malformed-carrier"),
                // Usable claims win over unusable ones in the same statement.
                arguments(
                        "-- Looker Query Context '{\"user_id\":\"x\"}'\n-- roster.email: jane@example.com\nSELECT 1",
                        null,
                        "EMAIL jane@example.com via looker-email"),
                // Conflicts.
                arguments(
                        "/* RosterContext {\"user\":\"a\"} */ /* RosterContext {\"user\":\"b\"} */ SELECT 1",
                        null,
                        "unattributed ambiguous-carrier"),
                arguments(LOOKER_5 + LOOKER_6 + "SELECT 1", null, "unattributed ambiguous-carrier"),
                arguments(
                        LOOKER_5 + "/* RosterContext {\"user\":\"bob\"} */ SELECT 1",
                        TABLEAU_JDOE,
                        "unattributed ambiguous-carrier"),
                arguments(
                        "-- roster.email: a@example.com\n-- roster.email: b@example.com\nSELECT 1",
                        null,
                        "unattributed ambiguous-carrier"),
                arguments(
                        LOOKER_5 + LOOKER_6 + "-- roster.email: a@example.com\nSELECT 1",
                        null,
                        "unattributed ambiguous-carrier"),
                arguments(
                        "/* RosterContext {\"user\":\"a\"} */ SELECT 1; /* RosterContext {\"user\":\"b\"} */ SELECT 2",
                        null,
                        "unattributed ambiguous-carrier"),
                // The same person twice is no conflict (names compare ignoring case).
                arguments(
                        "/* RosterContext {\"user\":\"Bob\"} */ /* RosterContext {\"user\":\"bob\"} */ SELECT 1",
                        null,
                        "USER_NAME Bob via custom-context"),
                arguments(LOOKER_5 + LOOKER_5 + "SELECT 1", null, "LOOKER_USER_ID 5 via looker-context"),
                // Looker's context and its email comment complement each other.
                arguments(
                        LOOKER_5 + "-- roster.email: jane@example.com\nSELECT 1",
                        null,
                        "EMAIL jane@example.com via looker-email"));
    }

    @ParameterizedTest(name = "[{index}] {0} | session: {1}")
    @MethodSource
    void outcomes(String sql, String sessionSql, String expected) {
        Optional<CarrierFinding> session = sessionSql == null ? Optional.empty() : sessionCarrierOf(sessionSql);
        assertEquals(
                expected, render(CarrierResolution.resolve(PARSER.parse(sql).findings(), session)));
    }

    @Test
    void initialSqlIsHandedBackToBeRemembered() {
        CarrierAttribution attribution = resolve(TABLEAU_JDOE + " SELECT 1", Optional.empty());
        CarrierFinding remembered = attribution.newSessionCarrier().orElseThrow();
        assertEquals(CarrierKind.TABLEAU_ENDUSER, remembered.kind());
        assertEquals(CarrierScope.SESSION, remembered.scope());
    }

    @Test
    void emptyInitialSqlIsRememberedToo() {
        CarrierAttribution attribution = resolve(TABLEAU_EMPTY, sessionCarrierOf(TABLEAU_JDOE));
        assertEquals(
                Optional.of(UnattributedReason.EMPTY_USER),
                attribution.newSessionCarrier().orElseThrow().unattributedReason());
    }

    @Test
    void initialSqlNextToAStatementCarrierIsStillRemembered() {
        CarrierAttribution attribution = resolve(TABLEAU_JDOE + LOOKER_5 + "SELECT 1", Optional.empty());
        assertEquals("LOOKER_USER_ID 5 via looker-context", render(attribution));
        assertEquals(
                CarrierKind.TABLEAU_ENDUSER,
                attribution.newSessionCarrier().orElseThrow().kind());
    }

    @Test
    void statementsWithoutInitialSqlEstablishNothing() {
        assertEquals(
                Optional.empty(),
                resolve(LOOKER_5 + "SELECT 1", sessionCarrierOf(TABLEAU_JDOE)).newSessionCarrier());
        assertEquals(
                Optional.empty(),
                resolve("SELECT 1", sessionCarrierOf(TABLEAU_JDOE)).newSessionCarrier());
    }

    @Test
    void aTableauSessionFromConnectToQueries() {
        Optional<CarrierFinding> session = Optional.empty();
        String[] traffic = {
            "SET application_name = 'Tableau'; SELECT 'roster.enduser', 'CORP\\jdoe';",
            "SELECT region, SUM(amount) FROM sales GROUP BY region",
            "/* RosterContext {\"user\":\"svc-audit\"} */ SELECT count(*) FROM sales",
            "SELECT * FROM customers WHERE name = 'roster.enduser'"
        };
        String[] expected = {
            "USER_NAME jdoe via tableau-initial-sql",
            "USER_NAME jdoe via tableau-initial-sql",
            "USER_NAME svc-audit via custom-context",
            "USER_NAME jdoe via tableau-initial-sql"
        };
        for (int i = 0; i < traffic.length; i++) {
            CarrierAttribution attribution = resolve(traffic[i], session);
            assertEquals(expected[i], render(attribution), traffic[i]);
            if (attribution.newSessionCarrier().isPresent()) {
                session = attribution.newSessionCarrier();
            }
        }
    }

    @Test
    void lookerClaimCarriesTheInstanceForTheApiLookup() {
        IdentityClaim claim =
                resolve(LOOKER_5 + "SELECT 1", Optional.empty()).claim().orElseThrow();
        assertEquals(Json.createObjectBuilder().add("instanceSlug", "i1").build(), claim.details());
    }

    @Test
    void emailClaimKeepsTheLookerUserIdWhenBothArePresent() {
        IdentityClaim claim = resolve(LOOKER_5 + "-- roster.email: jane@example.com\nSELECT 1", Optional.empty())
                .claim()
                .orElseThrow();
        assertEquals(
                Json.createObjectBuilder()
                        .add("instanceSlug", "i1")
                        .add("lookerUserId", 5)
                        .build(),
                claim.details());
    }

    @Test
    void tableauClaimKeepsTheQualifiedName() {
        IdentityClaim claim = resolve("SELECT 'roster.enduser', 'CORP\\jdoe'", Optional.empty())
                .claim()
                .orElseThrow();
        assertEquals(
                new IdentityClaim(
                        ClaimKeyType.USER_NAME,
                        "jdoe",
                        "tableau-initial-sql",
                        Json.createObjectBuilder()
                                .add("domain", "CORP")
                                .add("qualifiedName", "CORP\\jdoe")
                                .build()),
                claim);
        assertEquals(
                JsonValue.EMPTY_JSON_OBJECT,
                resolve(TABLEAU_JDOE, Optional.empty()).claim().orElseThrow().details());
    }

    @Test
    void customClaimKeepsGroupServiceAndAttributes() {
        IdentityClaim claim = resolve(
                        "/* RosterContext {\"user\":\"bob@example.com\",\"userGroup\":\"Finance\","
                                + "\"serviceName\":\"billing\",\"attributes\":{\"ticket\":\"1234\"}} */ SELECT 1",
                        Optional.empty())
                .claim()
                .orElseThrow();
        assertEquals(
                new IdentityClaim(
                        ClaimKeyType.USER_NAME,
                        "bob@example.com",
                        "custom-context",
                        Json.createObjectBuilder()
                                .add("userGroup", "Finance")
                                .add("serviceName", "billing")
                                .add("attributes", Json.createObjectBuilder().add("ticket", "1234"))
                                .build()),
                claim);
    }

    @Test
    void attributionIsEitherAClaimOrAReason() {
        CarrierAttribution none = resolve("SELECT 1", Optional.empty());
        assertFalse(none.isAttributed());
        assertEquals(Optional.empty(), none.claim());
        assertTrue(resolve(TABLEAU_JDOE, Optional.empty()).isAttributed());
        IdentityClaim claim =
                new IdentityClaim(ClaimKeyType.EMAIL, "a@b.c", "looker-email", JsonValue.EMPTY_JSON_OBJECT);
        assertThrows(
                IllegalArgumentException.class,
                () -> new CarrierAttribution(
                        Optional.of(claim), Optional.of(UnattributedReason.NO_CARRIER), Optional.empty()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CarrierAttribution(Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void onlySessionCarriersCanBeCarriedOver() {
        Optional<CarrierFinding> looker =
                Optional.of(PARSER.parse(LOOKER_5).findings().get(0));
        assertThrows(IllegalArgumentException.class, () -> CarrierResolution.resolve(List.of(), looker));
        assertThrows(
                IllegalArgumentException.class,
                () -> CarrierAttribution.unattributed(UnattributedReason.NO_CARRIER, looker));
    }

    @Test
    void reasonCodesAreTheApiSpelling() {
        assertEquals(
                List.of("malformed-carrier", "empty-user", "ambiguous-carrier", "no-carrier"),
                Stream.of(UnattributedReason.values())
                        .map(UnattributedReason::code)
                        .toList());
        assertEquals(
                List.of(
                        "looker-context",
                        "looker-email",
                        "tableau-initial-sql",
                        "tableau-initial-sql",
                        "custom-context"),
                Stream.of(CarrierKind.values()).map(CarrierKind::carrierName).toList());
    }

    private static CarrierAttribution resolve(String sql, Optional<CarrierFinding> session) {
        return CarrierResolution.resolve(PARSER.parse(sql).findings(), session);
    }

    private static Optional<CarrierFinding> sessionCarrierOf(String initialSql) {
        return resolve(initialSql, Optional.empty()).newSessionCarrier();
    }

    private static String render(CarrierAttribution attribution) {
        return attribution
                .claim()
                .map(claim -> claim.keyType() + " " + claim.value() + " via " + claim.carrier())
                .orElseGet(() -> "unattributed "
                        + attribution.unattributedReason().orElseThrow().code());
    }
}
