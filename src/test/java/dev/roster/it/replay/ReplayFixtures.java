package dev.roster.it.replay;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IdP request bodies under {@code src/test/resources/fixtures/replay/{okta,entra}/}, with their
 * {@code ${name}} placeholders filled. A placeholder left unfilled, or a value given for none, fails loudly so a
 * fixture and its test cannot drift apart silently.
 */
final class ReplayFixtures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private ReplayFixtures() {}

    /** The fixture's text with {@code keysAndValues} (name, value, name, value …) filled in. */
    static String text(String fixture, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Placeholders come in name/value pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        String template = read(fixture);
        Map<String, Boolean> used = new LinkedHashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(fixture + " needs a value for ${" + name + "}");
            }
            used.put(name, true);
            matcher.appendReplacement(out, Matcher.quoteReplacement(jsonEscape(value)));
        }
        matcher.appendTail(out);
        values.keySet().stream()
                .filter(name -> !used.containsKey(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException(fixture + " has no placeholder ${" + name + "}");
                });
        return out.toString();
    }

    /** The filled fixture parsed, for tests that compare the answer with what was sent. */
    static JsonObject json(String fixture, String... keysAndValues) {
        return Json.createReader(new StringReader(text(fixture, keysAndValues))).readObject();
    }

    private static String read(String fixture) {
        String resource = "/fixtures/replay/" + fixture;
        try (InputStream in = ReplayFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Placeholders sit inside JSON strings: quotes and backslashes in a value must stay inside them. */
    private static String jsonEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
