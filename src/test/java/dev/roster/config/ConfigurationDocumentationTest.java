package dev.roster.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                assertTrue(
                        field.isAnnotationPresent(jakarta.inject.Inject.class),
                        field.getName() + " has @ConfigProperty but no @Inject, so it would stay at its Java default");
            }
        }
    }

    /**
     * Each default stands once, in {@link RosterConfig}: a {@code microprofile-config.properties} in the WAR
     * overrides {@code defaultValue}, which is how the README's 20,000 requests/s once shipped as 5,000.
     */
    @Test
    void theReadmeStatesTheDefaultThatShips() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Properties shipped = new Properties();
        Path properties = Path.of("src/main/resources/META-INF/microprofile-config.properties");
        if (Files.exists(properties)) {
            try (InputStream in = Files.newInputStream(properties)) {
                shipped.load(in);
            }
        }
        int checked = 0;
        for (Field field : RosterConfig.class.getDeclaredFields()) {
            var property = field.getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class);
            if (property == null
                    || property.defaultValue()
                            .equals(org.eclipse.microprofile.config.inject.ConfigProperty.UNCONFIGURED_VALUE)) {
                continue;
            }
            String key = property.name();
            Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(key) + "` \\| `([^`]*)` \\|")
                    .matcher(readme);
            assertTrue(row.find(), "README.md must state the default of " + key + " as `value` in its second column");
            assertEquals(
                    row.group(1), property.defaultValue(), key + ": README.md and the @ConfigProperty default differ");
            assertFalse(
                    shipped.containsKey(key),
                    key + " has its default in RosterConfig; "
                            + "microprofile-config.properties would override it with a second one");
            checked++;
        }
        assertTrue(checked >= 20, "only " + checked + " defaults found");
    }
}
