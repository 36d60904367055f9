package dev.roster.scim.resources;

import static dev.roster.scim.resources.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** User bodies as Okta, Entra and Microsoft's test collection send them. Groups: {@link GroupNormalizationTest}. */
class ResourceNormalizerTest {

    private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER_SCHEMA;
    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final ResourceNormalizer NORMALIZER = new ResourceNormalizer(REGISTRY);

    static JsonObject user(JsonObject body) {
        return NORMALIZER.normalize(REGISTRY.user(), body).document();
    }

    private static List<String> schemas(JsonObject document) {
        return document.getJsonArray("schemas").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void normalizeOktaCreateToTheCanonicalDocument() {
        NormalizedResource normalized = NORMALIZER.normalize(REGISTRY.user(), Fixtures.read(Fixtures.OKTA_CREATE_USER));
        assertEquals(Fixtures.read(Fixtures.OKTA_CREATE_USER_NORMALIZED), normalized.document());
        assertEquals(
                List.copyOf(Fixtures.read(Fixtures.OKTA_CREATE_USER_NORMALIZED).keySet()),
                List.copyOf(normalized.document().keySet()),
                "schemas first, then schema order");
        assertTrue(normalized.members().isEmpty());
    }

    @Test
    void normalizeOktaPutDropsReadOnlyAndPasswordButKeepsItsCustomExtension() {
        JsonObject body = Fixtures.read(Fixtures.OKTA_PUT_USER_WITH_READ_ONLY_FIELDS);
        JsonObject document = user(body);
        for (String dropped : List.of("id", "meta", "groups", "password")) {
            assertFalse(document.containsKey(dropped), dropped);
        }
        assertEquals(JsonValue.FALSE, document.get("active"), "active:false must survive a PUT");
        String okta = "urn:okta:roster_app:1.0:user:custom";
        assertEquals(body.getJsonObject(okta), document.getJsonObject(okta));
        assertEquals(List.of(SchemaRegistry.USER_SCHEMA, okta), schemas(document));
    }

    @Test
    void normalizeEntraStringBooleansAndEnterpriseExtension() {
        JsonObject document = user(Fixtures.read(Fixtures.ENTRA_CREATE_USER_WITH_STRING_BOOLEANS));
        assertEquals(JsonValue.TRUE, document.get("active"));
        assertEquals(
                JsonValue.TRUE, document.getJsonArray("emails").getJsonObject(0).get("primary"));
        assertEquals(
                JsonValue.FALSE,
                document.getJsonArray("phoneNumbers").getJsonObject(0).get("primary"));
        assertEquals(
                JsonValue.TRUE,
                document.getJsonArray("addresses").getJsonObject(0).get("primary"));
        assertEquals(List.of(SchemaRegistry.USER_SCHEMA, ENTERPRISE), schemas(document));
        // manager.displayName is read-only and $ref:null is unassigned.
        assertEquals(
                json("{'value':'26118915-6090-4610-87e4-49d8ca9f808d'}"),
                document.getJsonObject(ENTERPRISE).getJsonObject("manager"));
    }

    @Test
    void normalizeCanonicalisesNamesAndDropsMisspelledAttributes() {
        JsonObject document = user(Fixtures.read(Fixtures.MISCASED_NAMES_AND_MISSPELLED_ATTRIBUTE));
        assertEquals(
                json("{'schemas':['" + SchemaRegistry.USER_SCHEMA + "','" + ENTERPRISE + "'],"
                        + "'userName':'bjensen@example.com','name':{'familyName':'Jensen','givenName':'Barbara'},"
                        + "'active':true,'emails':[{'value':'bjensen@example.com','type':'work','primary':true}],"
                        + "'" + ENTERPRISE + "':{'department':'Sales'}}"),
                document);
    }

    @Test
    void normalizeRejectsMissingUserName() {
        ScimException e = assertThrows(ScimException.class, () -> user(Fixtures.read(Fixtures.USER_WITHOUT_USERNAME)));
        assertEquals(ScimErrorType.INVALID_VALUE, e.scimType());
        assertEquals(400, e.status());
        assertTrue(e.detail().contains("userName"), e.detail());
    }

    @Test
    void normalizeRejectsBlankOrNullUserName() {
        assertThrows(ScimException.class, () -> user(json("{'userName':'   '}")));
        assertThrows(ScimException.class, () -> user(json("{'userName':null}")));
    }

    @Test
    void normalizeWrapsASingleValueOfAMultiValuedAttribute() {
        assertEquals(
                json("{'e':[{'value':'a@example.com','type':'work'}]}").get("e"),
                user(json("{'userName':'a','emails':{'value':'a@example.com','type':'WORK'}}"))
                        .get("emails"));
    }

    @Test
    void normalizeDropsNullsAndEmptyArraysAsUnassigned() {
        JsonObject document = user(json("{'userName':'a','nickName':null,'phoneNumbers':[],'emails':[null],"
                + "'name':{'givenName':null},'" + ENTERPRISE + "':{'department':null}}"));
        assertEquals(Set.of("schemas", "userName"), document.keySet());
        assertEquals(List.of(SchemaRegistry.USER_SCHEMA), schemas(document), "an empty extension is not listed");
    }

    @Test
    void normalizeKeepsTheFirstPrimaryOnly() {
        JsonObject document = user(json("{'userName':'a','emails':[{'value':'x@a','primary':false},"
                + "{'value':'y@a','primary':true},{'value':'z@a','primary':'True'}]}"));
        assertEquals(
                json("{'e':[{'value':'x@a','primary':false},{'value':'y@a','primary':true},"
                                + "{'value':'z@a','primary':false}]}")
                        .get("e"),
                document.get("emails"));
    }

    @Test
    void normalizeExpandsFlatDottedAndUrnQualifiedKeys() {
        JsonObject document = user(json("{'userName':'a','name':{'familyName':'Doe'},'name.givenName':'Ann',"
                + "'" + ENTERPRISE + ":department':'Sales','" + ENTERPRISE + ":manager.value':'m1',"
                + "'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User:costCode':'C7',"
                + "'urn:ietf:params:scim:schemas:core:2.0:User:title':'Boss'}"));
        assertEquals(json("{'familyName':'Doe','givenName':'Ann'}"), document.getJsonObject("name"));
        assertEquals(json("{'department':'Sales','manager':{'value':'m1'}}"), document.getJsonObject(ENTERPRISE));
        assertEquals("Boss", document.getString("title"));
        String custom = "urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User";
        assertEquals(json("{'costCode':'C7'}"), document.getJsonObject(custom));
        assertEquals(List.of(SchemaRegistry.USER_SCHEMA, ENTERPRISE, custom), schemas(document));
    }

    @Test
    void normalizeIgnoresClientSchemasAndUnknownUrnWithNullValue() {
        JsonObject document = user(json("{'schemas':['urn:nonsense'],'userName':'a','urn:okta:x:1.0:user':null}"));
        assertEquals(List.of(SchemaRegistry.USER_SCHEMA), schemas(document));
    }
}
