package dev.roster.scim.resources;

import static dev.roster.scim.resources.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.SchemaRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value of the wrong JSON type is a 400 invalidValue whose detail names the attribute. */
class WrongValueTypesTest {

    private static final ResourceNormalizer NORMALIZER = new ResourceNormalizer(SchemaRegistry.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "'userName':42                                     | 'userName' must be a string",
                "'active':'yes'                                    | 'active' must be a boolean",
                "'active':1                                        | 'active' must be a boolean",
                "'displayName':['Ann']                             | 'displayName' is single-valued",
                "'name':'Ann Doe'                                  | 'name' must be a JSON object",
                "'name':{'givenName':true}                         | 'name.givenName' must be a string",
                "'emails':[{'value':5}]                            | 'emails.value' must be a string",
                "'emails':['a@example.com']                        | 'emails' must be a JSON object",
                "'emails':[{'value':'a@x','primary':'maybe'}]      | 'emails.primary' must be a boolean",
                "'emails':[[{'value':'a@x'}]]                      | 'emails' holds a nested array",
                "'externalId':7                                    | 'externalId' must be a string",
                "'profileUrl':{'href':'x'}                         | 'profileUrl' must be a string",
                "'x509Certificates':[{'value':12}]                 | 'x509Certificates.value' must be a string",
                "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':'Sales' | 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User' must be a JSON object",
                "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'manager':'m1'} | 'manager' must be a JSON object",
                "'urn:okta:app:':5                                 | 'urn:okta:app:' must be a JSON object",
            })
    void wrongTypeIsInvalidValueNamingTheAttribute(String attribute, String expectedDetail) {
        ScimException e = assertThrows(
                ScimException.class,
                () -> NORMALIZER.normalize(
                        SchemaRegistry.standard().user(), json("{'userName':'a'," + attribute + "}")));
        assertEquals(ScimErrorType.INVALID_VALUE, e.scimType());
        assertTrue(e.detail().contains(expectedDetail), e.detail());
    }
}
