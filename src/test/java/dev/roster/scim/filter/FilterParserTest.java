package dev.roster.scim.filter;

import static dev.roster.scim.filter.ComparisonOperator.CO;
import static dev.roster.scim.filter.ComparisonOperator.EQ;
import static dev.roster.scim.filter.ComparisonOperator.EW;
import static dev.roster.scim.filter.ComparisonOperator.GE;
import static dev.roster.scim.filter.ComparisonOperator.GT;
import static dev.roster.scim.filter.ComparisonOperator.LE;
import static dev.roster.scim.filter.ComparisonOperator.LT;
import static dev.roster.scim.filter.ComparisonOperator.NE;
import static dev.roster.scim.filter.ComparisonOperator.SW;
import static dev.roster.scim.filter.FilterFactories.and;
import static dev.roster.scim.filter.FilterFactories.attr;
import static dev.roster.scim.filter.FilterFactories.cmp;
import static dev.roster.scim.filter.FilterFactories.not;
import static dev.roster.scim.filter.FilterFactories.num;
import static dev.roster.scim.filter.FilterFactories.or;
import static dev.roster.scim.filter.FilterFactories.pr;
import static dev.roster.scim.filter.FilterFactories.str;
import static dev.roster.scim.filter.FilterFactories.valuePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: valid filters with the tree they must produce, invalid ones with the position they must name. */
class FilterParserTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

    static Stream<Arguments> validFilters() {
        return Stream.of(
                // Every operator, with the RFC 7644 section 3.4.2.2 examples.
                arguments("userName eq \"bjensen\"", cmp("userName", EQ, str("bjensen"))),
                arguments("userName ne \"bjensen\"", cmp("userName", NE, str("bjensen"))),
                arguments("name.familyName co \"O'Malley\"", cmp("name.familyName", CO, str("O'Malley"))),
                arguments("userName sw \"J\"", cmp("userName", SW, str("J"))),
                arguments("userName ew \"sen\"", cmp("userName", EW, str("sen"))),
                arguments("title pr", pr("title")),
                arguments(
                        "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
                        cmp("meta.lastModified", GT, str("2011-05-13T04:42:34Z"))),
                arguments(
                        "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
                        cmp("meta.lastModified", GE, str("2011-05-13T04:42:34Z"))),
                arguments(
                        "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
                        cmp("meta.lastModified", LT, str("2011-05-13T04:42:34Z"))),
                arguments(
                        "meta.lastModified le \"2011-05-13T04:42:34Z\"",
                        cmp("meta.lastModified", LE, str("2011-05-13T04:42:34Z"))),
                arguments(
                        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
                        and(
                                cmp("userType", EQ, str("Employee")),
                                or(
                                        cmp("emails", CO, str("example.com")),
                                        cmp("emails.value", CO, str("example.org"))))),

                // Operators and keywords in any case; attribute names kept as written.
                arguments("userName Eq \"john\"", cmp("userName", EQ, str("john"))),
                arguments("Username EQ \"john\"", cmp("Username", EQ, str("john"))),
                arguments("title PR", pr("title")),
                arguments(
                        "title pr AND userType Ne \"x\" Or nickName pR",
                        or(and(pr("title"), cmp("userType", NE, str("x"))), pr("nickName"))),
                arguments("NOT (title pr)", not(pr("title"))),

                // Whitespace and grouping forms.
                arguments(
                        " title  pr  and  userType  eq  \"Employee\" ",
                        and(pr("title"), cmp("userType", EQ, str("Employee")))),
                arguments("title pr\tand\r\nuserType pr", and(pr("title"), pr("userType"))),
                arguments("not(userName ew \"sen\")", not(cmp("userName", EW, str("sen")))),
                arguments("not ( userName ew \"sen\" ) ", not(cmp("userName", EW, str("sen")))),
                arguments("((title pr))", pr("title")),
                arguments("not (not (title pr))", not(not(pr("title")))),

                // JSON literals.
                arguments(
                        "userName co \"\\ufe00\\\"\\n\\t\\\\\\/\\b\\f\\r\"",
                        cmp("userName", CO, str("\ufe00\"\n\t\\/\b\f\r"))),
                arguments("displayName eq \"\\uD83D\\uDE00 smile\"", cmp("displayName", EQ, str("\uD83D\uDE00 smile"))),
                arguments("displayName eq \"\"", cmp("displayName", EQ, str(""))),
                arguments("displayName eq \"a (b) [c] and or\"", cmp("displayName", EQ, str("a (b) [c] and or"))),
                arguments(
                        "urn:extension:members eq 25",
                        cmp(new AttributePath("urn:extension", "members", null), EQ, num("25"))),
                arguments("x eq 25.52", cmp("x", EQ, num("25.52"))),
                arguments("x eq -1.5e3", cmp("x", EQ, num("-1.5e3"))),
                arguments("x lt 0", cmp("x", LT, num("0"))),
                arguments("active eq true", cmp("active", EQ, JsonValue.TRUE)),
                arguments("active eq FALSE", cmp("active", EQ, JsonValue.FALSE)),
                arguments("manager eq Null", cmp("manager", EQ, JsonValue.NULL)),
                arguments("title eq \"true\"", cmp("title", EQ, str("true"))),
                arguments("title eq \"42\"", cmp("title", EQ, str("42"))),

                // Microsoft Entra: unquoted values.
                arguments("name.FamilyName eq Employee", cmp("name.FamilyName", EQ, str("Employee"))),
                arguments("emails.Value co example.com", cmp("emails.Value", CO, str("example.com"))),
                arguments(
                        "meta.Created gt 2015-10-10T14:38:21.8617979-07:00",
                        cmp("meta.Created", GT, str("2015-10-10T14:38:21.8617979-07:00"))),
                arguments("externalId eq 00ujl29u0le5T6Aj10h7", cmp("externalId", EQ, str("00ujl29u0le5T6Aj10h7"))),
                arguments("externalId eq 1234", cmp("externalId", EQ, num("1234"))),
                arguments("externalId eq 007", cmp("externalId", EQ, str("007"))),
                arguments("(userName eq jane@example.com)", cmp("userName", EQ, str("jane@example.com"))),
                arguments(
                        "emails[value eq jane@example.com]",
                        valuePath("emails", cmp("value", EQ, str("jane@example.com")))),
                arguments(
                        "name.FamilyName eq Employee and (emails.Value co example.com or emails.Value co example.org)",
                        and(
                                cmp("name.FamilyName", EQ, str("Employee")),
                                or(
                                        cmp("emails.Value", CO, str("example.com")),
                                        cmp("emails.Value", CO, str("example.org"))))),

                // Value paths: paths inside the brackets are relative to the element.
                arguments("emails[type eq \"work\"]", valuePath("emails", cmp("type", EQ, str("work")))),
                arguments(
                        "emails[type eq \"work\" and value co \"@example.com\"]",
                        valuePath("emails", and(cmp("type", EQ, str("work")), cmp("value", CO, str("@example.com"))))),
                arguments(
                        "addresses[zipcode eq 88283 and city ne \"Austin\"]",
                        valuePath("addresses", and(cmp("zipcode", EQ, num("88283")), cmp("city", NE, str("Austin"))))),
                arguments(
                        "not(addresses[city ne \"Austin\"])",
                        not(valuePath("addresses", cmp("city", NE, str("Austin"))))),
                arguments(
                        "emails[not (type eq \"work\") and (primary eq true or value pr)]",
                        valuePath(
                                "emails",
                                and(
                                        not(cmp("type", EQ, str("work"))),
                                        or(cmp("primary", EQ, JsonValue.TRUE), pr("value"))))),
                arguments(
                        "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]",
                        valuePath("members", cmp("value", EQ, str("2819c223-7f76-453a-919d-413861904646")))),
                arguments("members[$ref pr]", valuePath("members", pr("$ref"))),
                arguments(
                        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
                        and(
                                cmp("userType", EQ, str("Employee")),
                                valuePath(
                                        "emails",
                                        and(cmp("type", EQ, str("work")), cmp("value", CO, str("@example.com")))))),
                arguments(
                        ENTERPRISE + ":manager[value eq \"26118915\"]",
                        new Filter.ValuePath(
                                new AttributePath(ENTERPRISE, "manager", null), cmp("value", EQ, str("26118915")))),

                // Entra: a value path followed by .sub op value means one element with both properties.
                arguments(
                        "emails[type eq \"work\"].value eq \"x@example.com\"",
                        valuePath("emails", and(cmp("type", EQ, str("work")), cmp("value", EQ, str("x@example.com"))))),
                arguments(
                        "emails[type eq \"work\"].value pr",
                        valuePath("emails", and(cmp("type", EQ, str("work")), pr("value")))),
                arguments(
                        "emails[type eq \"work\"].Value eq x@example.com and active eq true",
                        and(
                                valuePath(
                                        "emails",
                                        and(cmp("type", EQ, str("work")), cmp("Value", EQ, str("x@example.com")))),
                                cmp("active", EQ, JsonValue.TRUE))),

                // URN-qualified paths: the URN is everything before the last ':'.
                arguments(
                        ENTERPRISE + ":employeeNumber eq \"701984\"",
                        cmp(new AttributePath(ENTERPRISE, "employeeNumber", null), EQ, str("701984"))),
                arguments(
                        CORE_USER + ":name.givenName sw \"Ba\"",
                        cmp(new AttributePath(CORE_USER, "name", "givenName"), SW, str("Ba"))),
                arguments(
                        ENTERPRISE + ":manager.value eq \"26118915\"",
                        cmp(new AttributePath(ENTERPRISE, "manager", "value"), EQ, str("26118915"))),
                arguments(
                        CORE_USER + ":userName pr", new Filter.Present(new AttributePath(CORE_USER, "userName", null))),
                arguments("members.$ref pr", pr("members.$ref")),
                arguments("x-custom_attr2 pr", pr("x-custom_attr2")),

                // Entra's membership probe.
                arguments(
                        "id eq \"g1\" and members eq \"u1\"",
                        and(cmp("id", EQ, str("g1")), cmp("members", EQ, str("u1")))));
    }

    /** RFC 7644: not binds tighter than and, which binds tighter than or; chains are left-associative. */
    static Stream<Arguments> precedence() {
        return Stream.of(
                arguments("a pr or b pr and c pr", or(pr("a"), and(pr("b"), pr("c")))),
                arguments("a pr and b pr or c pr", or(and(pr("a"), pr("b")), pr("c"))),
                arguments("not (a pr) and b pr", and(not(pr("a")), pr("b"))),
                arguments("b pr and not (a pr)", and(pr("b"), not(pr("a")))),
                arguments("a pr or not (b pr) and c pr", or(pr("a"), and(not(pr("b")), pr("c")))),
                arguments("a pr and b pr or c pr and d pr", or(and(pr("a"), pr("b")), and(pr("c"), pr("d")))),
                arguments("a pr or b pr and c pr or d pr", or(or(pr("a"), and(pr("b"), pr("c"))), pr("d"))),
                arguments("(a pr or b pr) and c pr", and(or(pr("a"), pr("b")), pr("c"))),
                arguments("a pr and (b pr or c pr)", and(pr("a"), or(pr("b"), pr("c")))),
                arguments("(a pr and b pr) or c pr", or(and(pr("a"), pr("b")), pr("c"))),
                arguments("a pr or (b pr and c pr)", or(pr("a"), and(pr("b"), pr("c")))),
                arguments("not (a pr or b pr) and c pr", and(not(or(pr("a"), pr("b"))), pr("c"))),
                arguments("a pr and not (b pr or c pr)", and(pr("a"), not(or(pr("b"), pr("c"))))),
                arguments("a pr or b pr or c pr", or(or(pr("a"), pr("b")), pr("c"))),
                arguments("a pr and b pr and c pr", and(and(pr("a"), pr("b")), pr("c"))),
                arguments("a pr or (b pr or c pr)", or(pr("a"), or(pr("b"), pr("c")))),
                arguments("e[x pr or y pr and z pr]", valuePath("e", or(pr("x"), and(pr("y"), pr("z"))))));
    }

    /** Invalid filters with the 0-based position the detail must name, or -1 where no position makes sense. */
    static Stream<Arguments> invalidFilters() {
        return Stream.of(
                arguments("", -1),
                arguments("   ", -1),
                arguments("(", 1),
                arguments(")", 0),
                arguments("()", 1),
                arguments("foo", 3),
                arguments("( title pr ) eq ", 13),
                arguments("username pr \"bjensen\"", 12),
                arguments("title pr x", 9),
                arguments("meta.lastModified lte \"2011-05-13T04:42:34Z\"", 18),
                arguments("userName bad \"john\"", 9),
                arguments("username eq", 11),
                arguments("username eq   ", 14),
                arguments("title pr and userType eq \"Employee\" eq", 36),
                arguments("userName eq 'bjensen'", 12),
                arguments("userName eq \"bjensen", 12),
                arguments("userName eq \"bjensen\\", 12),
                arguments("userName eq \"\\a\"", 13),
                arguments("userName co \"\\ufe\" or userName co \"a\"", 13),
                arguments("userName eq \"a\tb\"", 14),
                arguments("userName eq (\"john\")", 12),
                arguments("userName eq ]", 12),
                arguments("(userName eq \"john\"", 19),
                arguments("((userName eq \"john\")", 21),
                arguments("userName eq \"john\")", 18),
                arguments("userName eq \"john\" userName pr", 19),
                arguments("userName pr and", 15),
                arguments("userName Eq \"x\" AND", 19),
                arguments("and or", 0),
                arguments("title pr or or", 12),
                arguments("not ( and )", 6),
                arguments("not userName pr", 4),
                arguments("not", 3),
                arguments("userName pr ()", 12),
                arguments("() userName pr", 1),
                arguments("(userName pr)()", 13),
                arguments("userName[])", 9),
                arguments("userName pr[)", 11),
                arguments("userName[userName pr)", 20),
                arguments("userName[userName pr]])", 21),
                arguments("[value eq \"false\"]", 0),
                arguments("emails[type[value pr]]", 11),
                arguments("emails[type eq \"work\"", 21),
                arguments("emails.value[type eq \"work\"]", 12),
                arguments("emails [type eq \"work\"]", 6),
                arguments("emails[type eq \"work\"].", 23),
                arguments("emails[type eq \"work\"].value", 28),
                arguments("emails[type eq \"work\"] .value eq \"x\"", 22),
                arguments("emails[type eq \"work\"]value eq \"x\"", 22),
                arguments("123abc eq 1", 0),
                arguments("name.9lives pr", 5),
                arguments("user#Name pr", 4),
                arguments("name.familyName.x eq \"a\"", 15),
                arguments("name. pr", 5),
                arguments("x:userName eq \"a\"", 0),
                arguments("urn::x:userName pr", 4),
                arguments("userName eq 1e99999999999", 12),
                arguments("\"userName\" eq \"a\"", 0),
                arguments(".userName pr", 0));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @MethodSource({"validFilters", "precedence"})
    void parsesValidFilter(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @MethodSource("invalidFilters")
    void rejectsInvalidFilterWithPosition(String filter, int position) {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse(filter));
        assertInvalid(e, ScimErrorType.INVALID_FILTER, position);
    }

    @Test
    void rejectsNullFilter() {
        assertInvalid(
                assertThrows(ScimException.class, () -> FilterParser.parse(null)), ScimErrorType.INVALID_FILTER, -1);
    }

    @Test
    void reportsTheOffendingTokenInTheDetail() {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse("userName eq \"a\" x"));
        assertEquals("Unexpected token 'x'; expected 'and', 'or' or the end of the filter at position 16", e.detail());
    }

    @Test
    void keepsNumbersExact() {
        Filter.Comparison c = (Filter.Comparison) FilterParser.parse("x eq 12345678901234567890.000000000000000001");
        assertEquals(
                "12345678901234567890.000000000000000001",
                ((jakarta.json.JsonNumber) c.value()).bigDecimalValue().toPlainString());
    }

    static Stream<Arguments> validPaths() {
        return Stream.of(
                arguments("members", PatchPath.of(attr("members"))),
                arguments("name.familyName", PatchPath.of(attr("name.familyName"))),
                arguments("externalId", PatchPath.of(attr("externalId"))),
                arguments(
                        "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]",
                        new PatchPath(
                                attr("members"), cmp("value", EQ, str("2819c223-7f76-453a-919d-413861904646")), null)),
                arguments(
                        "emails[type eq \"work\"].value",
                        new PatchPath(attr("emails"), cmp("type", EQ, str("work")), "value")),
                arguments(
                        "addresses[type eq \"work\" and primary eq true].streetAddress",
                        new PatchPath(
                                attr("addresses"),
                                and(cmp("type", EQ, str("work")), cmp("primary", EQ, JsonValue.TRUE)),
                                "streetAddress")),
                arguments(
                        "members[value eq \"u1\"].$ref",
                        new PatchPath(attr("members"), cmp("value", EQ, str("u1")), "$ref")),
                arguments(ENTERPRISE + ":manager", PatchPath.of(new AttributePath(ENTERPRISE, "manager", null))),
                arguments(
                        ENTERPRISE + ":employeeNumber",
                        PatchPath.of(new AttributePath(ENTERPRISE, "employeeNumber", null))),
                arguments(
                        ENTERPRISE + ":manager.value", PatchPath.of(new AttributePath(ENTERPRISE, "manager", "value"))),
                arguments(
                        CORE_USER + ":emails[type eq \"work\"].value",
                        new PatchPath(
                                new AttributePath(CORE_USER, "emails", null), cmp("type", EQ, str("work")), "value")));
    }

    static Stream<Arguments> invalidPaths() {
        return Stream.of(
                arguments("", -1),
                arguments("  ", -1),
                arguments("members[", 8),
                arguments("members[value eq \"x\"", 20),
                arguments("emails[type eq \"work\"].", 23),
                arguments("emails[type eq \"work\"]x", 22),
                arguments("emails[type eq \"work\"].value eq \"x\"", 29),
                arguments("emails[type eq \"work\"].value.display", 28),
                arguments("[x eq 1]", 0),
                arguments("name.familyName.x", 15),
                arguments("1abc", 0),
                arguments("members[value[x pr]]", 13),
                arguments("members]", 7),
                arguments("members pr", 8));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @MethodSource("validPaths")
    void parsesValidPath(String path, PatchPath expected) {
        assertEquals(expected, FilterParser.parsePath(path));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @MethodSource("invalidPaths")
    void rejectsInvalidPathWithPosition(String path, int position) {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parsePath(path));
        assertInvalid(e, ScimErrorType.INVALID_PATH, position);
    }

    @Test
    void rejectsDeepNestingQuickly() {
        String hostile = "(".repeat(9_000);
        ScimException e = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertThrows(ScimException.class, () -> FilterParser.parse(hostile)));
        assertInvalid(e, ScimErrorType.INVALID_FILTER, FilterParser.MAX_DEPTH);
        assertTrue(e.detail().contains("deeper than 50"), e.detail());
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        int depth = FilterParser.MAX_DEPTH;
        assertEquals(pr("a"), FilterParser.parse("(".repeat(depth) + "a pr" + ")".repeat(depth)));
        String notChain = "not(".repeat(depth + 1) + "a pr" + ")".repeat(depth + 1);
        assertInvalid(
                assertThrows(ScimException.class, () -> FilterParser.parse(notChain)),
                ScimErrorType.INVALID_FILTER,
                4 * depth + 3);
    }

    @Test
    void rejectsOversizedInputQuickly() {
        String megabyte = "a".repeat(1_000_000);
        ScimException e = assertTimeoutPreemptively(
                Duration.ofSeconds(1), () -> assertThrows(ScimException.class, () -> FilterParser.parse(megabyte)));
        assertInvalid(e, ScimErrorType.INVALID_FILTER, -1);
        assertTrue(e.detail().contains("limit is 10000"), e.detail());
        assertInvalid(
                assertThrows(ScimException.class, () -> FilterParser.parsePath(megabyte)),
                ScimErrorType.INVALID_PATH,
                -1);
    }

    @Test
    void handlesLongInputsInLinearTimeWithoutDeepRecursion() {
        // The left-associative fold is a loop, not recursion; the chain stops at the comparison limit.
        String chain = "a pr or ".repeat(FilterParser.MAX_TERMS - 1) + "a pr";
        String unterminated = "userName eq \"" + "\\\\".repeat(4_900);
        String longValue = "x eq " + "7".repeat(9_990);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertTrue(FilterParser.parse(chain) instanceof Filter.Or);
            assertInvalid(
                    assertThrows(ScimException.class, () -> FilterParser.parse(unterminated)),
                    ScimErrorType.INVALID_FILTER,
                    12);
            assertTrue(FilterParser.parse(longValue) instanceof Filter.Comparison);
        });
    }

    @Test
    void refusesAnOrChainOfMoreComparisonsThanTheLimitNamingIt() {
        // 1,100 comparisons in 9,900 characters: under the length limit, and what overflowed the SQL parser.
        String chain = "id pr or ".repeat(1_099) + "id pr";
        assertTrue(chain.length() < FilterParser.MAX_LENGTH);
        ScimException e = assertTimeoutPreemptively(
                Duration.ofSeconds(1), () -> assertThrows(ScimException.class, () -> FilterParser.parse(chain)));
        assertInvalid(e, ScimErrorType.INVALID_FILTER, 9 * FilterParser.MAX_TERMS);
        assertTrue(e.detail().contains("more than 100 comparisons"), e.detail());

        String overLimit = "a pr or ".repeat(FilterParser.MAX_TERMS) + "a pr";
        assertInvalid(
                assertThrows(ScimException.class, () -> FilterParser.parse(overLimit)),
                ScimErrorType.INVALID_FILTER,
                8 * FilterParser.MAX_TERMS);
        String andChain = "a eq 1 and ".repeat(FilterParser.MAX_TERMS) + "a eq 1";
        assertInvalid(
                assertThrows(ScimException.class, () -> FilterParser.parse(andChain)),
                ScimErrorType.INVALID_FILTER,
                11 * FilterParser.MAX_TERMS);
    }

    @Test
    void comparisonsInsideValueFiltersCountToo() {
        String inside = "emails[" + "type eq \"work\" or ".repeat(FilterParser.MAX_TERMS) + "type pr]";
        assertInvalid(
                assertThrows(ScimException.class, () -> FilterParser.parse(inside)),
                ScimErrorType.INVALID_FILTER,
                "emails[".length() + 18 * FilterParser.MAX_TERMS);
        String path = "members[" + "value eq \"1\" or ".repeat(FilterParser.MAX_TERMS) + "value pr]";
        assertInvalid(
                assertThrows(ScimException.class, () -> FilterParser.parsePath(path)),
                ScimErrorType.INVALID_PATH,
                "members[".length() + 16 * FilterParser.MAX_TERMS);
    }

    @Test
    void deepNotAndGroupingChainsNeverOverflowTheStack() {
        for (String hostile : List.of(
                "not(".repeat(1_500) + "a pr" + ")".repeat(1_500),
                "(".repeat(4_000) + "a pr" + ")".repeat(4_000),
                "not((".repeat(1_000) + "a pr" + "))".repeat(1_000))) {
            ScimException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(1), () -> assertThrows(ScimException.class, () -> FilterParser.parse(hostile)));
            assertTrue(e.detail().contains("deeper than 50"), e.detail());
        }
        String path = "members[" + "(".repeat(4_000) + "value pr" + ")".repeat(4_000) + "]";
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parsePath(path));
        assertInvalid(e, ScimErrorType.INVALID_PATH, "members[".length() + FilterParser.MAX_DEPTH - 1);
        assertTrue(e.detail().contains("deeper than 50"), e.detail());
    }

    private static void assertInvalid(ScimException e, ScimErrorType type, int position) {
        assertEquals(400, e.status());
        assertEquals(type, e.scimType());
        if (position >= 0) {
            assertTrue(e.detail().endsWith(" at position " + position), e.detail());
        } else {
            assertTrue(!e.detail().contains("at position"), e.detail());
        }
    }
}
