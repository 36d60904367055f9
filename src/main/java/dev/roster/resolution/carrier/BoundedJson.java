package dev.roster.resolution.carrier;

import dev.roster.json.CachedJson;
import dev.roster.json.JsonDepth;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * Reads the JSON object of a context comment with JSON-P, within caps that keep hostile comments cheap: the
 * text is measured and its nesting counted in one pass before the JSON-P provider sees it, so a megabyte of
 * brackets never reaches a recursive parser. Duplicate keys are rejected: {@code {"user":"a","user":"b"}}
 * would otherwise name whoever the provider happens to keep.
 */
final class BoundedJson {

    /** Far above any real context (Looker's is about 150 characters). */
    static final int MAX_CHARS = 64 * 1024;
    /** The custom context's {@code attributes} may nest a little; nothing legitimate nests deeper. */
    static final int MAX_DEPTH = 32;

    private static final JsonReaderFactory READERS =
            CachedJson.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private BoundedJson() {}

    /**
     * Parses {@code text} as one JSON object.
     *
     * @throws CarrierFormatException if it is too long, nests too deep, is not valid JSON, is not an object,
     *                                repeats a key, or has anything after the object
     */
    static JsonObject readObject(String text) throws CarrierFormatException {
        if (text.length() > MAX_CHARS) {
            throw new CarrierFormatException("context JSON longer than " + MAX_CHARS + " characters");
        }
        requireOneShallowObject(text);
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            // Providers differ in what they throw; either way the comment is not a usable context.
            throw new CarrierFormatException("context is not a JSON object: " + e.getMessage());
        }
    }

    /**
     * Counts bracket depth outside JSON strings, and insists that the text is one object with nothing after
     * it; the JSON-P reader rejects duplicate keys but ignores trailing text ({@code {"user":"a"} junk}).
     * For valid JSON this pass ends the object where the reader does, and invalid JSON the reader rejects.
     */
    private static void requireOneShallowObject(String text) throws CarrierFormatException {
        int i = skipJsonWhitespace(text, 0);
        if (i == text.length() || text.charAt(i) != '{') {
            throw new CarrierFormatException("context is not a JSON object");
        }
        JsonDepth depth = new JsonDepth();
        for (; i < text.length(); i++) {
            int after = depth.after(text.charAt(i));
            if (after > MAX_DEPTH) {
                throw new CarrierFormatException("context JSON nested deeper than " + MAX_DEPTH + " levels");
            }
            if (after == 0) {
                if (skipJsonWhitespace(text, i + 1) != text.length()) {
                    throw new CarrierFormatException("text after the context JSON object");
                }
                return;
            }
        }
        throw new CarrierFormatException("context JSON object is not closed");
    }

    private static int skipJsonWhitespace(String text, int from) {
        int i = from;
        while (i < text.length()
                && (text.charAt(i) == ' '
                        || text.charAt(i) == '\t'
                        || text.charAt(i) == '\n'
                        || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
