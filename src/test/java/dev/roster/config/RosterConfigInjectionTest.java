package dev.roster.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A {@code @ConfigProperty} field without {@code @Inject} is never set: it silently keeps 0 or null whatever
 * is configured (a merge once dropped the one of the rate limit, which switched the limit off).
 */
class RosterConfigInjectionTest {

    @Test
    void everyConfigPropertyFieldIsInjected() {
        List<String> missing = new ArrayList<>();
        for (Field field : RosterConfig.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ConfigProperty.class) && !field.isAnnotationPresent(Inject.class)) {
                missing.add(field.getName());
            }
        }
        assertEquals(List.of(), missing, "@ConfigProperty fields without @Inject");
    }
}
