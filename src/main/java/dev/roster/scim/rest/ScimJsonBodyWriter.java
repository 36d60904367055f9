package dev.roster.scim.rest;

import dev.roster.json.CachedJson;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes JSON-P structures as compact UTF-8 JSON for both SCIM media types. */
@Provider
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class ScimJsonBodyWriter implements MessageBodyWriter<JsonStructure> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonStructure.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JsonStructure value, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonWriter writer = CachedJson.createWriter(new NonClosingOutputStream(out))) {
            writer.write(value);
        }
    }

    /** JsonWriter closes its stream; the container owns the response stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            out.flush();
        }
    }
}
