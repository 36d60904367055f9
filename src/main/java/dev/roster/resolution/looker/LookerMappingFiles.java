package dev.roster.resolution.looker;

import dev.roster.json.CachedJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded Looker user mapping, the alternative to Looker API credentials. Two forms:
 * <ul>
 *   <li>CSV: one {@code looker_user_id,email} per line; an optional header line whose first field is not a number;
 *       fields may be double-quoted; blank lines are skipped. An export of Looker's "Users" System Activity
 *       Explore ({@code User ID}, {@code Email}) has this shape.</li>
 *   <li>JSON: {@code {"mappings":[{"lookerUserId":123,"email":"jane@example.com"}, …]}}, or a bare array of such
 *       objects; {@code id}/{@code user_id} are accepted for the id.</li>
 * </ul>
 * The same id twice with different emails is an error; every email must look like one.
 */
public final class LookerMappingFiles {

    private LookerMappingFiles() {}

    /** Why an upload was refused; the message names the line or element. */
    public static final class InvalidMapping extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidMapping(String message) {
            super(message);
        }
    }

    public static Map<Long, String> parseCsv(String text) throws InvalidMapping {
        Map<Long, String> mapping = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("[,;\t]", -1);
            if (fields.length < 2) {
                throw new InvalidMapping("Line " + (i + 1) + ": expected looker_user_id,email");
            }
            String idText = unquote(fields[0]);
            if (mapping.isEmpty() && !idText.matches("[0-9]+") && i == firstNonBlank(lines)) {
                continue; // header
            }
            add(mapping, id(idText, "Line " + (i + 1)), unquote(fields[1]), "Line " + (i + 1));
        }
        return mapping;
    }

    public static Map<Long, String> parseJson(String text) throws InvalidMapping {
        JsonValue root;
        try (JsonReader reader = CachedJson.createReader(new StringReader(text))) {
            root = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidMapping("The body is not valid JSON");
        }
        JsonArray entries;
        if (root instanceof JsonArray array) {
            entries = array;
        } else if (root instanceof JsonObject object && object.get("mappings") instanceof JsonArray array) {
            entries = array;
        } else {
            throw new InvalidMapping("Expected {\"mappings\":[{\"lookerUserId\":…,\"email\":…}]}");
        }
        Map<Long, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "mappings[" + i + "]";
            if (!(entries.get(i) instanceof JsonObject entry)) {
                throw new InvalidMapping(where + " is not an object");
            }
            JsonValue id = first(entry, "lookerUserId", "id", "user_id");
            long userId;
            if (id instanceof JsonNumber number && number.isIntegral()) {
                userId = number.longValueExact();
            } else if (id instanceof JsonString s) {
                userId = id(s.getString(), where);
            } else {
                throw new InvalidMapping(where + ": lookerUserId must be a whole number");
            }
            if (!(entry.get("email") instanceof JsonString email)) {
                throw new InvalidMapping(where + ": email is required");
            }
            add(mapping, userId, email.getString(), where);
        }
        return mapping;
    }

    private static JsonValue first(JsonObject entry, String... names) {
        for (String name : names) {
            if (entry.containsKey(name)) {
                return entry.get(name);
            }
        }
        return null;
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static long id(String text, String where) throws InvalidMapping {
        try {
            long id = Long.parseLong(text.strip());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidMapping(where + ": the Looker user id must be a whole number");
        }
    }

    private static void add(Map<Long, String> mapping, long id, String emailText, String where) throws InvalidMapping {
        String email = emailText.strip();
        int at = email.lastIndexOf('@');
        if (email.length() > 320
                || at <= 0
                || at == email.length() - 1
                || email.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidMapping(where + ": not an email address");
        }
        String previous = mapping.putIfAbsent(id, email);
        if (previous != null && !previous.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
            throw new InvalidMapping(where + ": Looker user " + id + " is mapped twice, to different emails");
        }
    }

    private static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            f = f.substring(1, f.length() - 1).replace("\"\"", "\"").strip();
        }
        return f;
    }
}
