package dev.roster.resolution.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a naive parser backtrack, recurse or run out of memory. Each must finish well within
 * a generous bound (the real cost is milliseconds) with a sensible result, and nothing may throw.
 */
class CarrierHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final int FOUR_MIB = SqlScanner.DEFAULT_MAX_CHARS;

    @Test
    void fourMegabytesOfNestedCommentOpenersIsOneUnterminatedComment() {
        String sql = "/*".repeat(FOUR_MIB / 2 + 3);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of(), scan.findings());
        assertTrue(scan.truncated(), "longer than the 4 MiB limit");

        SqlScanner scanner = new SqlScanner(sql);
        SqlToken comment = assertTimeoutPreemptively(BOUND, scanner::next);
        assertEquals(SqlToken.Kind.BLOCK_COMMENT, comment.kind());
        assertTrue(comment.unterminated());
        assertEquals(FOUR_MIB, comment.end());
        assertEquals(SqlToken.Kind.END, scanner.next().kind());
    }

    @Test
    void carrierSwallowedByNestedCommentOpenersIsMalformed() {
        String sql = "/* RosterContext {\"user\":\"bob\"} " + "/*/*/*".repeat(500_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("CUSTOM_CONTEXT@0 malformed-carrier"), FindingText.describe(scan.findings()));
        assertFalse(scan.truncated());
    }

    @Test
    void aMegabyteOfQuotesIsOneStringLiteral() {
        String sql = "SELECT " + "'".repeat(1_000_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of(), scan.findings());

        SqlScanner scanner = new SqlScanner(sql);
        scanner.next();
        SqlToken literal = assertTimeoutPreemptively(BOUND, scanner::next);
        // One opening quote, 499,999 doubled quotes, one closing quote.
        assertEquals(499_999, literal.text().length());
        assertFalse(literal.unterminated());
        assertEquals(SqlToken.Kind.END, scanner.next().kind());
    }

    @Test
    void anOddMegabyteOfQuotesIsUnterminated() {
        SqlScanner scanner = new SqlScanner("'".repeat(1_000_001));
        SqlToken literal = assertTimeoutPreemptively(BOUND, scanner::next);
        assertTrue(literal.unterminated());
    }

    @Test
    void aMegabyteOfQuotesAsTheTableauValueIsMalformedNotAName() {
        String sql = "SELECT 'roster.enduser', " + "'".repeat(1_000_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("TABLEAU_ENDUSER@0 malformed-carrier"), FindingText.describe(scan.findings()));
    }

    @Test
    void unterminatedDollarQuoteRunsToTheEnd() {
        String sql = "SELECT $body$ " + "-- Looker Query Context '{\"user_id\":1}'\n".repeat(50_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of(), scan.findings(), "everything after $body$ is inside the literal");
    }

    @Test
    void unterminatedDollarQuoteAsTheTableauValueIsMalformed() {
        String sql = "SELECT 'roster.enduser', $$jdoe" + " ".repeat(1_000_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("TABLEAU_ENDUSER@0 malformed-carrier"), FindingText.describe(scan.findings()));
    }

    @Test
    void nearMissesOfALongDollarTagStayLinear() {
        // Every '$' starts a candidate that matches 100,000 characters before failing.
        String tag = "t".repeat(100_000);
        String sql = "$" + tag + "$" + ("$" + tag + "x").repeat(30);
        SqlScanner scanner = new SqlScanner(sql);
        SqlToken literal = assertTimeoutPreemptively(BOUND, scanner::next);
        assertEquals(SqlToken.Kind.STRING, literal.kind());
        assertTrue(literal.unterminated());
    }

    @Test
    void alternatingDollarsStayLinear() {
        String sql = "$a".repeat(1 << 20);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of(), scan.findings());
    }

    @Test
    void megabytesOfBackslashesInAnEscapeString() {
        String sql = "SELECT 'roster.enduser', E'" + "\\".repeat(3_000_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("TABLEAU_ENDUSER@0 malformed-carrier"), FindingText.describe(scan.findings()));
    }

    @Test
    void deeplyNestedJsonInAContextCommentIsRefusedByTheSizeCap() {
        String attributes = "[".repeat(100_000) + "]".repeat(100_000);
        String sql = "/* RosterContext {\"user\":\"bob\",\"attributes\":{\"x\":" + attributes + "}} */ SELECT 1";
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("CUSTOM_CONTEXT@0 malformed-carrier"), FindingText.describe(scan.findings()));
        assertEquals("context JSON longer than 65536 characters", detail(scan));
    }

    @Test
    void deeplyNestedJsonUnderTheSizeCapIsRefusedByTheNestingCap() {
        String nested = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String sql = "-- Looker Query Context '{\"user_id\":1,\"x\":" + nested + "}'";
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("LOOKER_CONTEXT@0 malformed-carrier"), FindingText.describe(scan.findings()));
        assertEquals("context JSON nested deeper than 32 levels", detail(scan));
    }

    @Test
    void nestingUpToTheCapIsAccepted() {
        int inner = BoundedJson.MAX_DEPTH - 2;
        String attributes = "{\"a\":" + "[".repeat(inner) + "]".repeat(inner) + "}";
        String ok = "/* RosterContext {\"user\":\"bob\",\"attributes\":" + attributes + "} */";
        String deeper = ok.replace("[]", "[[]]");
        assertInstanceOf(
                CustomContextFinding.class,
                new CarrierParser().parse(ok).findings().get(0));
        assertEquals(
                List.of("CUSTOM_CONTEXT@0 malformed-carrier"),
                FindingText.describe(new CarrierParser().parse(deeper).findings()));
    }

    @Test
    void hugeNumberInTheLookerUserIdIsNotConverted() {
        String sql = "-- Looker Query Context '{\"user_id\":1e999999999}'";
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("LOOKER_CONTEXT@0 malformed-carrier"), FindingText.describe(scan.findings()));
    }

    @Test
    void fourMegabyteLineCommentWithAMarkerIsMalformed() {
        String sql = "-- Looker Query Context '" + "{".repeat(FOUR_MIB);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of("LOOKER_CONTEXT@0 malformed-carrier"), FindingText.describe(scan.findings()));
        assertTrue(scan.truncated());
    }

    @Test
    void aMillionSemicolonsAreEmptyStatements() {
        String sql = ";".repeat(1_000_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(List.of(), scan.findings());
        assertEquals(1_000_001, scan.statementCount());
    }

    @Test
    void tenThousandMarkerStatementsEndWithTheLastOne() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sql.append("SELECT 'roster.enduser', 'user").append(i).append("';");
        }
        CarrierAttribution attribution = assertTimeoutPreemptively(
                BOUND,
                () -> CarrierResolution.resolve(
                        new CarrierParser().parse(sql.toString()).findings(), Optional.empty()));
        assertEquals("user9999", attribution.claim().orElseThrow().value());
    }

    @Test
    void tenThousandContextCommentsAreEachRead() {
        String sql = "/* RosterContext {\"user\":\"bob\",\"attributes\":{\"k\":\"v\"}} */".repeat(10_000);
        CarrierScan scan = assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(sql));
        assertEquals(10_000, scan.findings().size());
    }

    @Test
    void randomSqlLikeNoiseNeverThrowsAndStaysLinear() {
        String alphabet = "'\"`$-/*;,\\ \nEN(aS)LECT{}:";
        Random random = new Random(20_240_601L);
        StringBuilder noise = new StringBuilder(1 << 20);
        for (int i = 0; i < 1 << 20; i++) {
            noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        assertTimeoutPreemptively(BOUND, () -> new CarrierParser().parse(noise.toString()));
    }

    @Test
    void shortRandomInputsNeverThrow() {
        String alphabet = "'\"`$-/*;,\\ \nENS{}:ro.sterindu@x";
        String[] seeds = {
            "SELECT 'roster.enduser', ",
            "-- Looker Query Context '",
            "/* RosterContext ",
            "-- roster.email: ",
            "SELECT E'",
            "$t$"
        };
        Random random = new Random(7L);
        assertTimeoutPreemptively(BOUND, () -> {
            for (int i = 0; i < 5_000; i++) {
                StringBuilder sql = new StringBuilder(seeds[random.nextInt(seeds.length)]);
                int length = random.nextInt(40);
                for (int j = 0; j < length; j++) {
                    sql.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                CarrierResolution.resolve(
                        new CarrierParser().parse(sql.toString()).findings(), Optional.empty());
            }
        });
    }

    private static String detail(CarrierScan scan) {
        return ((UnattributedFinding) scan.findings().get(0)).detail();
    }
}
