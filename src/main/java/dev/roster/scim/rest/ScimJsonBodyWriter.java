package dev.roster.scim.rest;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes JSON-P structures as compact UTF-8 JSON for both SCIM media types. */
@Provider
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class ScimJsonBodyWriter implements MessageBodyWriter<JsonStructure> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonStructure.class.isAssignableFrom(type);
    }

    /**
     * The whole body as bytes, so the response carries its Content-Length without the container buffering it:
     * a JSON writer on the response stream allocated an 8 KB encoder buffer per response, and the container's
     * own buffer (for the length) another 8 KB; a user is about 1 KB. At thousands of requests a second that
     * garbage set how often the collector paused every request in flight.
     */
    @Override
    public void writeTo(
            JsonStructure value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        byte[] body = value.toString().getBytes(StandardCharsets.UTF_8);
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
        out.write(body);
    }
}
