package dev.roster.it;

import java.io.File;
import java.net.URL;
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

    @Deployment(testable = false)
    public static WebArchive war() {
        File war = new File(System.getProperty("roster.war", "target/roster.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
