package dev.roster.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the real {@code target/roster.war} that {@code mvn package}
 * built, so the tests exercise exactly what ships.
 */
public final class RosterDeployment {

    private RosterDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("roster.war", "target/roster.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
