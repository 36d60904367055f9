package dev.roster.scim.resources;

import static dev.roster.scim.resources.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Group bodies: members come back beside the document, normalised from every shape IdPs send. */
class GroupNormalizationTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final ResourceNormalizer NORMALIZER = new ResourceNormalizer(REGISTRY);

    private static NormalizedResource group(JsonObject body) {
        return NORMALIZER.normalize(REGISTRY.group(), body);
    }

    @Test
    void normalizeOktaCreateWithEmptyMembers() {
        NormalizedResource normalized = group(Fixtures.read(Fixtures.OKTA_CREATE_GROUP_WITHOUT_MEMBERS));
        assertEquals(
                json("{'schemas':['" + SchemaRegistry.GROUP_SCHEMA + "'],'displayName':'Finance'}"),
                normalized.document());
        assertEquals(0, normalized.members().orElseThrow().size(), "[] is 'no members', not 'members not mentioned'");
    }

    @Test
    void normalizeMembersFromMixedShapes() {
        NormalizedResource normalized = group(Fixtures.read(Fixtures.GROUP_WITH_MIXED_MEMBER_SHAPES));
        assertEquals(
                json("{'schemas':['" + SchemaRegistry.GROUP_SCHEMA + "'],'externalId':'okta-group-00g1',"
                        + "'displayName':'Tour Guides'}"),
                normalized.document());
        JsonArray expected = json("{'m':["
                        + "{'value':'2819c223-7f76-453a-919d-413861904646','display':'Babs Jensen','type':'User'},"
                        + "{'value':'902c246b-6245-4190-8e05-00816be7344a'},"
                        + "{'value':'7c3e9ad1-5b7f-4d9e-9f7e-0a1b2c3d4e5f'},"
                        + "{'value':'0b6f3c4d-1111-4222-8333-944455556666','type':'Group'}]}")
                .getJsonArray("m");
        assertEquals(expected, normalized.members().orElseThrow());
    }

    @Test
    void normalizeWithoutMembersKeyLeavesMembershipAlone() {
        assertTrue(group(json("{'displayName':'Finance'}")).members().isEmpty());
        assertEquals(
                0,
                group(json("{'displayName':'Finance','members':null}"))
                        .members()
                        .orElseThrow()
                        .size());
    }

    @Test
    void normalizeWrapsASingleMemberObject() {
        assertEquals(
                1,
                group(json("{'displayName':'F','members':{'value':'u1'}}"))
                        .members()
                        .orElseThrow()
                        .size());
    }

    @Test
    void normalizeRejectsMissingDisplayName() {
        ScimException e = assertThrows(ScimException.class, () -> group(json("{'members':[]}")));
        assertEquals(ScimErrorType.INVALID_VALUE, e.scimType());
        assertTrue(e.detail().contains("displayName"), e.detail());
        assertThrows(ScimException.class, () -> group(json("{'displayName':''}")));
    }

    @Test
    void normalizeRejectsBadMembers() {
        assertDetail("{'displayName':'F','members':[{'display':'no value'}]}", "members.value");
        assertDetail("{'displayName':'F','members':[{'value':''}]}", "members.value");
        assertDetail("{'displayName':'F','members':[{'value':'u1','type':'Device'}]}", "members.type");
        assertDetail("{'displayName':'F','members':[{'value':'u1','display':5}]}", "members.display");
        assertDetail("{'displayName':'F','members':[42]}", "members");
    }

    @Test
    void membersIsNotAUserAttribute() {
        JsonObject document = ResourceNormalizerTest.user(json("{'userName':'a','members':[{'value':'u1'}]}"));
        assertEquals(json("{'schemas':['" + SchemaRegistry.USER_SCHEMA + "'],'userName':'a'}"), document);
    }

    private static void assertDetail(String body, String attribute) {
        ScimException e = assertThrows(ScimException.class, () -> group(json(body)));
        assertEquals(ScimErrorType.INVALID_VALUE, e.scimType());
        assertTrue(e.detail().contains("'" + attribute), e.detail());
    }
}
