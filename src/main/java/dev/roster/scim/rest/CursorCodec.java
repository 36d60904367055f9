package dev.roster.scim.rest;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.spi.Keyset;
import dev.roster.scim.spi.ListingKey;
import dev.roster.scim.spi.ResourceType;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cursors of RFC 9865 as opaque, tamper-evident strings: the base64url of a small JSON array (when the cursor
 * was issued, the resource type and direction of its window, the position), a dot, and an HMAC-SHA256 of that
 * text together with what the cursor is bound to: the integration, the listing and the query (filter and
 * sort) it was issued for. A cursor of another integration, listing or query fails the check exactly as a
 * forged or damaged one does, with the same answer (400 {@code invalidCursor}), so it reveals nothing about
 * the other. Only an authentic cursor can be {@code expiredCursor}. Every character is base64url or a dot,
 * RFC 3986's unreserved characters as the RFC asks. Thread-safe.
 */
public final class CursorCodec {

    /** Longer than any cursor this class writes (a sort value is at most 512 characters). */
    static final int MAX_LENGTH = 4096;

    private static final int FORMAT = 1;
    private static final String INVALID = "The cursor is not one this server issued for this query; "
            + "start again with an empty cursor and the same filter and sortBy";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    /** A decoded cursor: the window it continues with, over users or groups. */
    public record Cursor(ResourceType kind, Keyset keyset) {}

    /** What a cursor is valid for: one integration's listing (/Users, /Groups, /.search) of one query. */
    public record Binding(String integrationId, String listing, String query) {}

    private final SecretKeySpec key;
    private final long timeoutSeconds;
    private final Clock clock;

    public CursorCodec(byte[] key, long timeoutSeconds, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A cursor key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.timeoutSeconds = timeoutSeconds;
        this.clock = clock;
    }

    public long timeoutSeconds() {
        return timeoutSeconds;
    }

    public String encode(Cursor cursor, Binding binding) {
        JsonArrayBuilder fields = CachedJson.createArrayBuilder()
                .add(FORMAT)
                .add(clock.instant().getEpochSecond())
                .add(cursor.kind() == ResourceType.USER ? "U" : "G")
                .add(cursor.keyset().backward() ? "b" : "f");
        ListingKey position = cursor.keyset().position();
        if (position != null) {
            fields.add(position.createdAt()).add(position.id());
            Object value = position.sortValue();
            if (value != null) {
                fields.add(typeOf(value)).add(value.toString());
            }
        }
        String payload = B64.encodeToString(fields.build().toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(mac(payload, binding));
    }

    /**
     * The cursor's window; 400 {@code invalidCursor} for anything this server did not issue for this binding,
     * 400 {@code expiredCursor} for one issued longer ago than the timeout.
     */
    public Cursor decode(String text, Binding binding) {
        int dot = text == null || text.length() > MAX_LENGTH ? -1 : text.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        String payload = text.substring(0, dot);
        JsonArray fields;
        long issued;
        try {
            // Compared as text, not as decoded bytes: base64 lets the last character's low bits vary without
            // changing the bytes, and a cursor must have exactly one spelling.
            String signature = B64.encodeToString(mac(payload, binding));
            if (!MessageDigest.isEqual(
                    text.substring(dot + 1).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII))) {
                throw invalid();
            }
            fields = CachedJson.createReader(
                            new StringReader(new String(B64_DECODER.decode(payload), StandardCharsets.UTF_8)))
                    .readArray();
            if (fields.getInt(0) != FORMAT) {
                throw invalid();
            }
            issued = fields.getJsonNumber(1).longValue();
        } catch (IllegalArgumentException | JsonException | ClassCastException | IndexOutOfBoundsException e) {
            throw invalid();
        }
        if (clock.instant().getEpochSecond() - issued > timeoutSeconds) {
            throw ScimException.expiredCursor("The cursor has expired: pages of a cursor walk must follow within "
                    + timeoutSeconds + " seconds (cursorTimeout); start again with an empty cursor");
        }
        ResourceType kind = fields.getString(2).equals("U") ? ResourceType.USER : ResourceType.GROUP;
        boolean backward = fields.getString(3).equals("b");
        if (fields.size() == 4) {
            return new Cursor(kind, new Keyset(backward, null));
        }
        Object sortValue = fields.size() == 8 ? valueOf(fields.getString(6), fields.getString(7)) : null;
        return new Cursor(
                kind,
                new Keyset(
                        backward,
                        new ListingKey(sortValue, fields.getJsonNumber(4).longValue(), fields.getString(5))));
    }

    /** The one answer to every cursor that is not authentic for its request, whatever the reason. */
    static ScimException invalid() {
        return ScimException.invalidCursor(INVALID);
    }

    private static String typeOf(Object value) {
        if (value instanceof Long) {
            return "L";
        }
        if (value instanceof Double) {
            return "D";
        }
        return value instanceof Boolean ? "B" : "S";
    }

    private static Object valueOf(String type, String text) {
        return switch (type) {
            case "L" -> Long.valueOf(text);
            case "D" -> Double.valueOf(text);
            case "B" -> Boolean.valueOf(text);
            default -> text;
        };
    }

    private byte[] mac(String payload, Binding binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // Lengths first, so no two bindings can run together into the same text.
            String bound = "roster-cursor\n" + binding.integrationId().length() + ":" + binding.integrationId() + "\n"
                    + binding.listing().length() + ":" + binding.listing() + "\n"
                    + binding.query().length() + ":"
                    + binding.query() + "\n" + payload;
            return mac.doFinal(bound.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
