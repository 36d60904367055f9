package dev.roster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every Arquillian integration test runs against: the real {@code target/roster.war} that {@code mvn package}
 * built, so the tests exercise exactly what ships, deployed once and reached at {@link #base}, anonymously or as
 * the admin.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedRoster {

    /** The deployed WAR's root, e.g. {@code http://127.0.0.1:8080/roster/}. */
    @ArquillianResource
    protected URL base;

    /** No credentials, no default headers. */
    protected Http app() {
        return Clients.anonymous(base);
    }

    /** The admin (Basic credentials of arquillian.xml), sending JSON. */
    protected Http admin() {
        return Clients.admin(base);
    }

    /** The OpenAPI document, which Payara serves at the server's root, outside the application. */
    protected JsonObject openApiDocument() {
        Http.Reply openapi = new Http(URI.create(base.toString()).resolve("/"), Map.of())
                .get("openapi", Map.of("Accept", "application/json"));
        assertEquals(200, openapi.status());
        return openapi.json();
    }

    /** Each path (by its end: the context root comes first) and each component schema is in the document. */
    protected static void assertDocumented(JsonObject document, List<String> paths, List<String> schemas) {
        JsonObject documented = document.getJsonObject("paths");
        for (String path : paths) {
            assertTrue(
                    documented.keySet().stream().anyMatch(p -> p.endsWith(path)), path + " in " + documented.keySet());
        }
        JsonObject components = document.getJsonObject("components").getJsonObject("schemas");
        for (String schema : schemas) {
            assertTrue(components.containsKey(schema), schema + " in " + components.keySet());
        }
    }

    @Deployment(testable = false)
    public static WebArchive war() {
        File war = new File(System.getProperty("roster.war", "target/roster.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
