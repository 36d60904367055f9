package dev.roster.scim.resources;

import static dev.roster.scim.resources.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.AttributeType;
import dev.roster.scim.schema.Mutability;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.Returned;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.schema.Uniqueness;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No shipped attribute is returned:request, so these cases use a small test-only resource type. */
class ReturnedRequestProjectionTest {

    private static AttributeDefinition simple(String name, Returned returned) {
        return new AttributeDefinition(
                name,
                AttributeType.STRING,
                false,
                name,
                false,
                false,
                Mutability.READ_WRITE,
                returned,
                Uniqueness.NONE,
                List.of(),
                List.of(),
                List.of());
    }

    private static final AttributeDefinition BADGE = new AttributeDefinition(
            "badge",
            AttributeType.COMPLEX,
            false,
            "badge",
            false,
            false,
            Mutability.READ_WRITE,
            Returned.DEFAULT,
            Uniqueness.NONE,
            List.of(),
            List.of(),
            List.of(
                    simple("colour", Returned.DEFAULT),
                    simple("pin", Returned.REQUEST),
                    simple("secret", Returned.NEVER)));

    private static final ResourceTypeDefinition DEVICE = new ResourceTypeDefinition(
            "Device",
            "/Devices",
            "Device",
            new SchemaDefinition(
                    "urn:test:Device",
                    "Device",
                    "Device",
                    List.of(simple("label", Returned.DEFAULT), simple("serial", Returned.REQUEST), BADGE)),
            List.of());

    private static final JsonObject RESOURCE = json("{'schemas':['urn:test:Device'],'id':'d1','label':'Printer',"
            + "'serial':'S-1','badge':{'colour':'red','pin':'1234','secret':'x'}}");

    private static JsonObject project(String attributes, String excluded) {
        return new AttributeProjection(SchemaRegistry.standard())
                .parse(DEVICE, attributes, excluded)
                .apply(RESOURCE);
    }

    @Test
    void requestAttributesAreLeftOutByDefault() {
        JsonObject projected = project(null, null);
        assertEquals(Set.of("schemas", "id", "label", "badge"), projected.keySet());
        assertEquals(json("{'colour':'red'}"), projected.getJsonObject("badge"));
    }

    @Test
    void requestAttributesAreReturnedWhenNamed() {
        assertEquals(Set.of("schemas", "id", "serial"), project("serial", null).keySet());
        assertEquals(json("{'pin':'1234'}"), project("badge.pin", null).getJsonObject("badge"));
    }

    @Test
    void namingTheParentReturnsItsRequestSubAttributesButNeverTheNeverOnes() {
        assertEquals(
                json("{'colour':'red','pin':'1234'}"), project("badge", null).getJsonObject("badge"));
    }

    @Test
    void neverSubAttributeIsNotReturnedEvenWhenNamed() {
        assertEquals(Set.of("schemas", "id"), project("badge.secret", null).keySet());
    }
}
