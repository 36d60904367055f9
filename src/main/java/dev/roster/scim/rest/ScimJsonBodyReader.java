package dev.roster.scim.rest;

import dev.roster.config.RosterConfig;
import dev.roster.json.CachedJson;
import dev.roster.json.JsonNesting;
import dev.roster.scim.error.ScimException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads SCIM request bodies as JSON objects with SCIM's errors: too large → 413, malformed → 400
 * invalidSyntax with the position, not an object or nested deeper than {@link JsonNesting#MAX_DEPTH} levels → 400
 * invalidSyntax. The size limit is enforced while reading, so a client that lies about Content-Length cannot make
 * Roster buffer more than the limit; the depth is checked before parsing, so no body makes the parser recurse
 * deeply.
 * Bodies marked {@link BulkPayload} get the bulk limit, the same number /ServiceProviderConfig advertises
 * as {@code bulk.maxPayloadSize}.
 */
@Provider
@Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class ScimJsonBodyReader implements MessageBodyReader<JsonObject> {

    private static final Logger LOG = Logger.getLogger(ScimJsonBodyReader.class.getName());

    private final BodyLimit single = new BodyLimit(
            configured(RosterConfig.MAX_BODY_BYTES, RosterConfig.DEFAULT_MAX_BODY_BYTES),
            "The request body exceeds the limit of %d bytes");
    // Capped like DiscoveryResource caps the advertised maxPayloadSize, so the two numbers stay equal.
    private final BodyLimit bulk = new BodyLimit(
            Math.min(
                    Integer.MAX_VALUE,
                    configured(RosterConfig.BULK_MAX_PAYLOAD_BYTES, RosterConfig.DEFAULT_BULK_MAX_PAYLOAD_BYTES)),
            "The bulk request body exceeds maxPayloadSize of %d bytes");

    /** A size limit and the 413 detail that names it. */
    private record BodyLimit(long maxBytes, String detailFormat) {
        ScimException exceeded() {
            return ScimException.status(413, String.format(detailFormat, maxBytes));
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class || type == JsonStructure.class;
    }

    @Override
    public JsonObject readFrom(
            Class<JsonObject> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        BodyLimit limit = isBulk(annotations) ? bulk : single;
        String declaredLength = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && parseLength(declaredLength) > limit.maxBytes()) {
            throw limit.exceeded();
        }
        byte[] body = readLimited(entity, limit);
        if (body.length == 0) {
            throw ScimException.invalidSyntax("The request body is empty");
        }
        try {
            JsonNesting.check(body);
        } catch (JsonNesting.TooDeepException e) {
            // One line, no stack trace: the answer says everything, and such bodies come in floods.
            LOG.info("Refused a SCIM request body: " + e.getMessage());
            throw ScimException.invalidSyntax(e.getMessage());
        }
        try (JsonReader reader = CachedJson.createReader(new java.io.ByteArrayInputStream(body))) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                throw ScimException.invalidSyntax("The request body must be a JSON object");
            }
            return object;
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            throw ScimException.invalidSyntax(
                    "Malformed JSON at line " + location.getLineNumber() + ", column " + location.getColumnNumber());
        } catch (JsonException e) {
            throw ScimException.invalidSyntax("Malformed JSON");
        }
    }

    private static byte[] readLimited(InputStream entity, BodyLimit limit) throws IOException {
        byte[] body = entity.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
        if (body.length > limit.maxBytes()) {
            throw limit.exceeded();
        }
        return body;
    }

    private static boolean isBulk(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation.annotationType() == BulkPayload.class) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long configured(String key, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, Long.class).orElseGet(() -> Long.parseLong(fallback));
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
