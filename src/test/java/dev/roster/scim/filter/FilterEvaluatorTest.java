package dev.roster.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Filters are written as strings (the parser has its own tests) so each row reads like a request. */
class FilterEvaluatorTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static final JsonObject USER = json("""
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
              "id": "2819c223-7f76-453a-919d-413861904646",
              "externalId": "1234",
              "userName": "BJensen",
              "name": {"familyName": "Jensen", "givenName": "Barbara"},
              "title": "",
              "nickName": null,
              "active": true,
              "age": 42,
              "score": 1.50,
              "emails": [
                {"value": "a@y.example", "type": "work", "primary": true},
                {"value": "b@x.example", "type": "home"}
              ],
              "phoneNumbers": [],
              "addresses": [{}],
              "meta": {"created": "2015-10-10T21:38:21Z", "lastModified": "2015-10-10T21:38:21.5Z"},
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "employeeNumber": "701984",
                "manager": {"value": "26118915"}
              }
            }
            """);

    static Stream<Arguments> caseInsensitiveRows() {
        return Stream.of(
                // Strings: caseExact=false by default; attribute names are case-insensitive.
                arguments("userName eq \"bjensen\"", true),
                arguments("USERNAME eq \"BJENSEN\"", true),
                arguments("userName co \"JEN\"", true),
                arguments("userName sw \"bj\"", true),
                arguments("userName ew \"SEN\"", true),
                arguments("userName ew \"bjensen-longer\"", false),
                arguments("userName co \"\"", true),
                arguments("name.familyName eq \"jensen\"", true),
                arguments("Name.FamilyName eq Jensen", true),
                arguments("name.familyName gt \"Ja\"", true),
                arguments("name.familyName lt \"k\"", true),
                arguments("name.familyName ge \"JENSEN\"", true),
                arguments("name.familyName le \"jensen\"", true),

                // Multi-valued: any element; a complex value without sub-attribute compares its "value".
                arguments("emails.value co \"@x.\"", true),
                arguments("emails.Value co \"@z.\"", false),
                arguments("emails co \"x.example\"", true),
                arguments("emails eq \"a@y.example\"", true),
                arguments("emails.type eq \"home\"", true),

                // Value paths: the whole inner filter must hold for ONE element.
                arguments("emails[type eq \"work\" and value co \"@x\"]", false),
                arguments("emails[type eq \"home\" and value co \"@x\"]", true),
                arguments("emails.type eq \"work\" and emails.value co \"@x\"", true),
                arguments("emails[type eq \"work\"].value eq \"a@y.example\"", true),
                arguments("emails[type eq \"work\"].value eq \"b@x.example\"", false),
                arguments("emails[type eq \"home\"].primary pr", false),
                arguments("emails[type eq \"work\"].primary pr", true),
                arguments("emails[not (type eq \"work\")]", true),
                arguments("emails[primary eq true and type eq \"home\"]", false),
                arguments("phoneNumbers[type eq \"work\"]", false),
                arguments("name[givenName eq \"barbara\"]", true),

                // Numbers: exact, numeric, and by text against string attributes (Entra's unquoted externalId).
                arguments("age eq 42", true),
                arguments("age eq 42.0", true),
                arguments("age gt 41.99", true),
                arguments("age ge 42", true),
                arguments("age lt 1e2", true),
                arguments("age le 41", false),
                arguments("age eq \"42\"", true),
                arguments("age co 4", false),
                arguments("score eq 1.5", true),
                arguments("externalId eq 1234", true),
                arguments("externalId eq 12345", false),
                arguments("externalId sw 12", true),

                // Booleans: eq and ne only.
                arguments("active eq true", true),
                arguments("active eq TRUE", true),
                arguments("active eq false", false),
                arguments("active ne false", true),
                arguments("active gt false", false),
                arguments("active co \"t\"", false),
                arguments("userName eq true", false),

                // Date-times compare as instants when both sides parse, whatever the offset or fraction length.
                arguments("meta.created eq \"2015-10-10T23:38:21+02:00\"", true),
                arguments("meta.created eq \"2015-10-10T14:38:21.000000000000-07:00\"", true),
                arguments("meta.created eq \"2015-10-10T21:38:21\"", true),
                arguments("meta.created gt 2015-10-10T14:38:21.8617979-07:00", false),
                arguments("meta.created lt 2015-10-10T14:38:21.8617979-07:00", true),
                arguments("meta.lastModified gt 2015-10-10T14:38:21.4999999999-07:00", true),
                arguments("meta.lastModified le \"2015-10-11T00:38:21.5+0300\"", true),
                arguments("meta.created gt \"2015-10-10T21:38:20.999999999999Z\"", true),
                arguments("meta.created gt \"2015\"", true),

                // pr: not null, not "", not [], not a complex value without content.
                arguments("userName pr", true),
                arguments("title pr", false),
                arguments("nickName pr", false),
                arguments("missing pr", false),
                arguments("phoneNumbers pr", false),
                arguments("addresses pr", false),
                arguments("emails pr", true),
                arguments("emails.primary pr", true),
                arguments("addresses.street pr", false),
                arguments("active pr", true),
                arguments("name pr", true),

                // ne is "no value equals": true for a missing attribute, false when any value equals.
                arguments("missing ne \"x\"", true),
                arguments("nickName ne \"x\"", true),
                arguments("missing eq \"x\"", false),
                arguments("userName ne \"bjensen\"", false),
                arguments("userName ne \"other\"", true),
                arguments("emails.type ne \"work\"", false),
                arguments("emails.type ne \"other\"", true),
                arguments("missing eq null", true),
                arguments("nickName eq null", true),
                arguments("userName eq null", false),
                arguments("userName ne null", true),
                arguments("userName gt null", false),

                // not, and, or.
                arguments("not (userName eq \"x\")", true),
                arguments("not (userName eq \"bjensen\")", false),
                arguments("userName eq \"x\" or age eq 42 and active eq true", true),
                arguments("(userName eq \"x\" or age eq 42) and active eq false", false),

                // URN-qualified paths: extensions live under their URN, core attributes at the top.
                arguments(ENTERPRISE + ":employeeNumber eq \"701984\"", true),
                arguments(ENTERPRISE + ":employeeNumber eq 701984", true),
                arguments(ENTERPRISE + ":manager.value eq \"26118915\"", true),
                arguments(ENTERPRISE + ":manager eq \"26118915\"", true),
                arguments("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"bjensen\"", true),
                arguments("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName sw \"Bar\"", true),

                // Microsoft's test collection.
                arguments(
                        "name.FamilyName eq Jensen and (emails.Value co y.example or emails.Value co example.org)",
                        true),
                arguments(
                        "name.FamilyName eq Employee and (emails.Value co example.com or emails.Value co example.org)",
                        false));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @MethodSource("caseInsensitiveRows")
    void evaluatesAgainstUser(String filter, boolean expected) {
        assertEquals(expected, FilterEvaluator.caseInsensitive().matches(FilterParser.parse(filter), USER));
    }

    @Test
    void caseExactAttributesCompareExactly() {
        FilterEvaluator evaluator = new FilterEvaluator(path -> path.matches(AttributePath.of("userName")));
        assertFalse(evaluator.matches(FilterParser.parse("userName eq \"bjensen\""), USER));
        assertTrue(evaluator.matches(FilterParser.parse("userName eq \"BJensen\""), USER));
        assertFalse(evaluator.matches(FilterParser.parse("userName sw \"bj\""), USER));
        assertFalse(evaluator.matches(FilterParser.parse("userName co \"JEN\""), USER));
        assertTrue(evaluator.matches(FilterParser.parse("userName ew \"sen\""), USER));
        assertTrue(evaluator.matches(FilterParser.parse("userName ne \"bjensen\""), USER));
        // Uppercase sorts before lowercase only when case matters.
        assertTrue(evaluator.matches(FilterParser.parse("userName lt \"b\""), USER));
        assertFalse(FilterEvaluator.caseInsensitive().matches(FilterParser.parse("userName lt \"b\""), USER));
        // Other attributes stay case-insensitive.
        assertTrue(evaluator.matches(FilterParser.parse("name.familyName eq \"JENSEN\""), USER));
    }

    @Test
    void valuePathAsksAboutTheFullPathOfTheElementAttribute() {
        List<AttributePath> asked = new ArrayList<>();
        FilterEvaluator evaluator = new FilterEvaluator(path -> {
            asked.add(path);
            return path.matches(AttributePath.of("emails", "type"));
        });
        assertFalse(evaluator.matches(FilterParser.parse("emails[type eq \"WORK\"]"), USER));
        assertTrue(evaluator.matches(FilterParser.parse("emails[type eq \"work\"]"), USER));
        assertTrue(asked.stream().allMatch(p -> p.equals(AttributePath.of("emails", "type"))), asked::toString);
    }

    @Test
    void fromLookupTreatsUnknownAttributesAsNotCaseExact() {
        CaseExactness fromSchema = CaseExactness.fromLookup(
                path -> path.matches(AttributePath.of("id")) ? Optional.of(true) : Optional.empty());
        FilterEvaluator evaluator = new FilterEvaluator(fromSchema);
        assertFalse(evaluator.matches(FilterParser.parse("id eq \"2819C223-7F76-453A-919D-413861904646\""), USER));
        assertTrue(evaluator.matches(FilterParser.parse("userName eq \"BJENSEN\""), USER));
    }

    @Test
    void patchEngineMatchesOneGroupMember() {
        JsonObject group = json("""
                {"displayName": "Finance", "members": [
                  {"value": "2819c223-7f76-453a-919d-413861904646", "display": "Babs"},
                  {"value": "902c246b-6245-4190-8e05-00816be7344a", "$ref": null}
                ]}
                """);
        FilterEvaluator evaluator = FilterEvaluator.caseInsensitive();
        assertTrue(evaluator.matches(
                FilterParser.parsePath("members[value eq \"902c246b-6245-4190-8e05-00816be7344a\"]")
                        .valueFilter(),
                group.getJsonArray("members").getJsonObject(1)));
        assertFalse(evaluator.matches(
                FilterParser.parsePath("members[value eq \"902c246b-6245-4190-8e05-00816be7344a\"]")
                        .valueFilter(),
                group.getJsonArray("members").getJsonObject(0)));
        assertFalse(evaluator.matches(FilterParser.parse("members[$ref pr]"), group));
        assertTrue(evaluator.matches(FilterParser.parse("members eq \"2819C223-7f76-453a-919d-413861904646\""), group));
    }

    @Test
    void evaluatesTheLongestChainTheParserAccepts() {
        Filter chain = FilterParser.parse("age eq 1 or ".repeat(FilterParser.MAX_TERMS - 1) + "age eq 42");
        assertTrue(FilterEvaluator.caseInsensitive().matches(chain, USER));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
