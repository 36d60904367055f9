package dev.roster.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layout the README's "How the code is laid out" promises, checked on the compiled classes (so a fully
 * qualified name or a static import counts as much as an import):
 *
 * <pre>
 *   web shell (web.api, web.auth) ← features: admin, resolution, events (siblings)
 *   scim.rest → SCIM engine → scim.spi ← directory (JPA/SQL)
 * </pre>
 *
 * Each rule's message says what a newcomer needs to know when it fails.
 */
class LayeringTest {

    private static final String[] PLAIN_JAVA = {
        "jakarta.ws.rs..", "jakarta.persistence..", "jakarta.enterprise..", "jakarta.transaction.."
    };

    private static final JavaClasses ROSTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roster");

    @Test
    @DisplayName("the SCIM engine owns its storage SPI and never reaches into the directory")
    void scimDoesNotImportTheDirectory() {
        noClasses()
                .that()
                .resideInAPackage("dev.roster.scim..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.roster.directory..")
                .because("engine → scim.spi ← directory: the engine speaks to storage only through scim.spi, "
                        + "which the directory implements")
                .check(ROSTER);
    }

    @Test
    @DisplayName("the storage SPI speaks SCIM, not HTTP or JPA")
    void spiSpeaksOnlyScim() {
        noClasses()
                .that()
                .resideInAPackage("dev.roster.scim.spi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "jakarta.servlet..",
                        "jakarta.persistence..",
                        "dev.roster.scim.rest..",
                        "dev.roster.scim.service..",
                        "dev.roster.scim.bulk..")
                .because("a second backend, a cache or an event hook implements scim.spi without a web or JPA "
                        + "layer (what i2scim's provider SPI got wrong)")
                .check(ROSTER);
    }

    @Test
    @DisplayName("the directory implements the SPI and knows nothing above it")
    void directoryStaysBelowTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.roster.directory..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.roster.scim.rest..",
                        "dev.roster.scim.service..",
                        "dev.roster.scim.bulk..",
                        "dev.roster.web..",
                        "dev.roster.admin..",
                        "dev.roster.resolution..",
                        "jakarta.ws.rs..")
                .because("the directory is storage: it may use the SPI and SCIM's schema, filter and error "
                        + "types, never the web or the services that call it")
                .check(ROSTER);
    }

    @Test
    @DisplayName("the SCIM protocol core and the carrier parser are plain Java")
    void protocolCoreIsPlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.roster.scim.schema..",
                        "dev.roster.scim.filter..",
                        "dev.roster.scim.patch..",
                        "dev.roster.scim.resources..",
                        "dev.roster.scim.error..",
                        "dev.roster.resolution.carrier..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PLAIN_JAVA)
                .because("the protocol rules are unit-tested without a container: no JAX-RS, JPA, CDI or JTA")
                .check(ROSTER);
    }

    @Test
    @DisplayName("the web shell of /api/v1 knows no feature")
    void webShellKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.roster.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.roster.admin..", "dev.roster.resolution..", "dev.roster.events..")
                .because("features plug into the shell (web.api.ApiFeature); the shell never names them")
                .check(ROSTER);
    }

    @Test
    @DisplayName("features are siblings: admin, resolution and events never import each other")
    void featuresAreSiblings() {
        List<String> features = List.of("dev.roster.admin..", "dev.roster.resolution..", "dev.roster.events..");
        for (String feature : features) {
            noClasses()
                    .that()
                    .resideInAPackage(feature)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(features.stream()
                            .filter(other -> !other.equals(feature))
                            .toArray(String[]::new))
                    .because("a feature shares only the web shell and the core, so it can change on its own")
                    .check(ROSTER);
        }
    }

    @Test
    @DisplayName("the core knows neither the web shell nor the features")
    void coreKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.roster.scim..",
                        "dev.roster.directory..",
                        "dev.roster.audit..",
                        "dev.roster.changes..",
                        "dev.roster.integration..",
                        "dev.roster.platform..",
                        "dev.roster.json..",
                        "dev.roster.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.roster.web.api..", "dev.roster.admin..", "dev.roster.resolution..", "dev.roster.events..")
                .because("dependencies point one way: features and the web shell use the core, never back")
                .check(ROSTER);
    }

    @Test
    @DisplayName("JAX-RS only in web packages")
    void jaxRsOnlyInWebPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..rest..", "..api..", "dev.roster.web..", "dev.roster.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .because("HTTP stays at the edge: services and stores are called the same from REST, Bulk and "
                        + "the console")
                .check(ROSTER);
    }
}
