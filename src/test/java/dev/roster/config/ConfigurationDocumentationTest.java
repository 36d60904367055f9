package dev.roster.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table and the code's keys cannot drift apart. */
class ConfigurationDocumentationTest {

    private static final List<String> DATA_SOURCE_KEYS =
            List.of("roster.db.url", "roster.db.driver", "roster.db.user", "roster.db.password");

    @Test
    void everyKeyInTheCodeIsDocumented() throws IOException, IllegalAccessException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> keys = new ArrayList<>(DATA_SOURCE_KEYS);
        for (Field field : RosterConfig.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        for (String key : keys) {
            assertTrue(readme.contains("| `" + key + "` |"), "README.md must document " + key);
        }
    }

    @Test
    void everyDocumentedKeyExistsInTheCode() throws IOException, IllegalAccessException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> known = new ArrayList<>(DATA_SOURCE_KEYS);
        for (Field field : RosterConfig.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                known.add((String) field.get(null));
            }
        }
        Matcher row = Pattern.compile("(?m)^\\| `(roster\\.[a-z.-]+)` \\|").matcher(readme);
        while (row.find()) {
            assertTrue(known.contains(row.group(1)), "README.md documents " + row.group(1) + ", which nothing reads");
        }
    }

    @Test
    void everyConfigFieldIsInjected() {
        for (Field field : RosterConfig.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(org.eclipse.microprofile.config.inject.ConfigProperty.class)) {
                assertTrue(field.isAnnotationPresent(jakarta.inject.Inject.class),
                        field.getName() + " has @ConfigProperty but no @Inject, so it would stay at its Java default");
            }
        }
    }

    /** A default changed in one place only (the properties file wins over {@code defaultValue}) would mislead. */
    @Test
    void theReadmeStatesTheDefaultThatShips() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Properties shipped = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            shipped.load(in);
        }
        for (Field field : RosterConfig.class.getDeclaredFields()) {
            var property = field.getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class);
            if (property == null || property.defaultValue().equals(
                    org.eclipse.microprofile.config.inject.ConfigProperty.UNCONFIGURED_VALUE)) {
                continue;
            }
            String key = property.name();
            Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(key) + "` \\| `([^`]*)` \\|").matcher(readme);
            if (!row.find()) {
                continue;
            }
            String documented = row.group(1);
            assertEquals(documented, property.defaultValue(), key + ": README.md and the @ConfigProperty default differ");
            if (shipped.containsKey(key)) {
                assertEquals(documented, shipped.getProperty(key), key + ": README.md and microprofile-config.properties differ");
            }
        }
    }
}
