package dev.roster.resolution.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole statements as the tools send them (src/test/resources/fixtures/carriers): the findings and the
 * attribution of a fresh session.
 */
class CarrierFixturesTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                arguments(
                        "looker-explore.sql",
                        List.of(
                                "LOOKER_CONTEXT@0 userId=1342 historySlug=9e8d0c6a5b4f3e2d1c0b instanceSlug=a1b2c3d4e5f6"),
                        "LOOKER_USER_ID 1342 via looker-context"),
                arguments(
                        "looker-preamble-email.sql",
                        List.of(
                                "LOOKER_CONTEXT@0 userId=77 historyId=918273 instanceSlug=f00dfeed",
                                "LOOKER_EMAIL@0 email=jane.doe@example.com"),
                        "EMAIL jane.doe@example.com via looker-email"),
                arguments(
                        "looker-preamble-unsubstituted.sql",
                        List.of("LOOKER_EMAIL@0 malformed-carrier"),
                        "unattributed malformed-carrier"),
                arguments(
                        "tableau-initial-sql-postgres.sql",
                        List.of("TABLEAU_ENDUSER@1 user=jdoe"),
                        "USER_NAME jdoe via tableau-initial-sql"),
                arguments(
                        "tableau-initial-sql-sqlserver.sql",
                        List.of("TABLEAU_ENDUSER@0 user=jdoe domain=CORP"),
                        "USER_NAME jdoe via tableau-initial-sql"),
                arguments(
                        "tableau-initial-sql-oracle.sql",
                        List.of("TABLEAU_EMAIL@0 email=jane.doe@example.com"),
                        "EMAIL jane.doe@example.com via tableau-initial-sql"),
                arguments(
                        "tableau-extract-refresh.sql",
                        List.of("TABLEAU_ENDUSER@0 empty-user"),
                        "unattributed empty-user"),
                arguments(
                        "custom-orm-wrapper.sql",
                        List.of("CUSTOM_CONTEXT@0 user=bob@example.com userGroup=Finance serviceName=billing"
                                + " attributes={\"ticket\":\"1234\",\"request\":\"r-9f2\"}"),
                        "USER_NAME bob@example.com via custom-context"),
                arguments("decoys.sql", List.of(), "unattributed no-carrier"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void fixtures(String fixture, List<String> expectedFindings, String expectedAttribution) throws IOException {
        CarrierScan scan = new CarrierParser().parse(read(fixture));
        assertEquals(expectedFindings, FindingText.describe(scan.findings()));
        CarrierAttribution attribution = CarrierResolution.resolve(scan.findings(), Optional.empty());
        assertEquals(
                expectedAttribution,
                attribution
                        .claim()
                        .map(claim -> claim.keyType() + " " + claim.value() + " via " + claim.carrier())
                        .orElseGet(() -> "unattributed "
                                + attribution.unattributedReason().orElseThrow().code()));
    }

    private static String read(String fixture) throws IOException {
        try (InputStream in = CarrierFixturesTest.class.getResourceAsStream("/fixtures/carriers/" + fixture)) {
            assertNotNull(in, fixture);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
