package dev.roster.web.api;

import dev.roster.json.JsonNesting;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses admin API JSON bodies nested deeper than {@link JsonNesting#MAX_DEPTH} levels with a 400 problem, before
 * JSON-B (or a resource reading the text itself) parses them: the provider's own limit surfaces as a 500 with a
 * long stack trace in the log. Other media types (the Looker mapping's CSV) pass untouched.
 */
@Provider
public class JsonNestingInterceptor implements ReaderInterceptor {

    private static final Logger LOG = Logger.getLogger(JsonNestingInterceptor.class.getName());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            try {
                JsonNesting.check(body);
            } catch (JsonNesting.TooDeepException e) {
                LOG.info("Refused an admin API request body: " + e.getMessage());
                throw ApiProblem.badRequest(e.getMessage());
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().endsWith("+json"));
    }
}
