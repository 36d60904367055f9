package dev.roster.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layering the README promises, checked on the sources: the SCIM protocol and the carrier parser are
 * plain Java (no JAX-RS, JPA, CDI or JTA), persistence knows nothing of the web layer, and JAX-RS appears
 * only in packages named {@code rest} or {@code api} (plus the platform's application wiring). The web shell
 * ({@code web}) knows no feature, and the features {@code admin} and {@code resolution} are siblings that
 * never import each other.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java/dev/roster");

    @ParameterizedTest(name = "{0} imports none of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            scim/schema        | jakarta.ws.rs jakarta.persistence jakarta.enterprise jakarta.transaction
            scim/filter        | jakarta.ws.rs jakarta.persistence jakarta.enterprise jakarta.transaction
            scim/patch         | jakarta.ws.rs jakarta.persistence jakarta.enterprise jakarta.transaction
            scim/resources     | jakarta.ws.rs jakarta.persistence jakarta.enterprise jakarta.transaction
            scim/error         | jakarta.ws.rs jakarta.persistence jakarta.enterprise jakarta.transaction
            resolution/carrier | jakarta.ws.rs jakarta.persistence jakarta.enterprise jakarta.transaction
            directory          | jakarta.ws.rs dev.roster.scim.rest dev.roster.scim.service dev.roster.admin
            scim/service       | jakarta.ws.rs dev.roster.scim.rest dev.roster.admin
            scim               | dev.roster.directory
            scim/spi           | jakarta.ws.rs jakarta.persistence dev.roster.scim.rest dev.roster.scim.service
            audit              | jakarta.ws.rs dev.roster.scim.rest dev.roster.admin
            web                | dev.roster.admin dev.roster.resolution
            admin              | dev.roster.resolution
            resolution         | dev.roster.admin
            """)
    void packageStaysInItsLayer(String packagePath, String forbiddenPrefixes) {
        List<String> forbidden = List.of(forbiddenPrefixes.trim().split("\\s+"));
        List<String> violations = sources(MAIN.resolve(packagePath))
                .flatMap(file -> importsOf(file).stream()
                        .filter(line -> forbidden.stream().anyMatch(f -> line.startsWith("import " + f)))
                        .map(line -> MAIN.relativize(file) + ": " + line))
                .toList();
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest(name = "JAX-RS only in web packages")
    @CsvSource("jakarta.ws.rs")
    void jaxRsOnlyInWebPackages(String api) {
        List<String> violations = sources(MAIN)
                .filter(file -> importsOf(file).stream().anyMatch(line -> line.startsWith("import " + api)))
                .map(file -> MAIN.relativize(file).toString())
                .filter(path -> !path.matches(".*/(rest|api)/.*")
                        && !path.startsWith("admin/")
                        && !path.startsWith("resolution/rest"))
                .toList();
        assertEquals(List.of(), violations);
    }

    private static Stream<Path> sources(Path root) {
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> importsOf(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith("import "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
