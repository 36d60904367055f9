package dev.roster.web.api.problem;

import dev.roster.integration.IntegrationStateException;
import dev.roster.integration.UnknownIntegrationException;
import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The admin API's exception mappers: every failure leaves as problem+json, never as a SCIM Error or HTML. */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Problems raised on purpose by the resources. */
    @Provider
    public static class ApiProblemMapper implements ExceptionMapper<ApiProblem> {
        @Override
        public Response toResponse(ApiProblem exception) {
            return exception.toResponse();
        }
    }

    @Provider
    public static class UnknownIntegrationMapper implements ExceptionMapper<UnknownIntegrationException> {
        @Override
        public Response toResponse(UnknownIntegrationException exception) {
            return ProblemResponses.of(404, exception.getMessage());
        }
    }

    @Provider
    public static class IntegrationStateMapper implements ExceptionMapper<IntegrationStateException> {
        @Override
        public Response toResponse(IntegrationStateException exception) {
            return ProblemResponses.of(409, exception.getMessage());
        }
    }

    /** The directory views reuse the SCIM services, whose errors (bad filter, unknown id) carry safe details. */
    @Provider
    public static class ScimProblemMapper implements ExceptionMapper<ScimException> {
        @Override
        public Response toResponse(ScimException exception) {
            String type = exception.scimType() == ScimErrorType.INVALID_FILTER
                    ? ProblemTypes.INVALID_FILTER
                    : exception.status() == 400 ? ProblemTypes.INVALID_REQUEST : ProblemTypes.BLANK;
            return ProblemResponses.builder(type, exception.status(), null, exception.detail())
                    .build();
        }
    }

    /** JAX-RS's own rejections (unknown path, wrong method or media type) and unreadable bodies. */
    @Provider
    public static class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            if (status >= 500) {
                return Unexpected.respond(exception);
            }
            if (status == 400 && hasJsonCause(exception)) {
                return invalidJson();
            }
            Response.ResponseBuilder builder = ProblemResponses.builder(status, detailFor(status));
            if (exception instanceof NotAllowedException) {
                builder.header("Allow", exception.getResponse().getHeaderString("Allow"));
            }
            return builder.build();
        }

        private static String detailFor(int status) {
            switch (status) {
                case 404:
                    return "No such endpoint";
                case 405:
                    return "Method not allowed on this endpoint";
                case 406:
                    return "Responses are application/json (errors application/problem+json)";
                case 415:
                    return "Send request bodies as application/json";
                default:
                    return ProblemResponses.reasonPhrase(status);
            }
        }
    }

    /** Body binding failures that reach us unwrapped. */
    @Provider
    public static class ProcessingProblemMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException exception) {
            if (hasJsonCause(exception)) {
                return invalidJson();
            }
            return Unexpected.respond(exception);
        }
    }

    @Provider
    public static class JsonbProblemMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException exception) {
            return invalidJson();
        }
    }

    /** Anything unforeseen: a 500 that reveals nothing, and a log line with a reference to match reports. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable exception) {
            if (hasJsonCause(exception)) {
                return invalidJson();
            }
            return respond(exception);
        }

        static Response respond(Throwable exception) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected admin API failure, reference " + reference, exception);
            return ProblemResponses.of(500, "Internal error, reference " + reference);
        }
    }

    /** The answer to a body that is not JSON, or not the JSON this operation takes. */
    static Response invalidJson() {
        return ProblemResponses.builder(
                        ProblemTypes.INVALID_REQUEST,
                        400,
                        null,
                        "The request body is not valid JSON for this operation")
                .build();
    }

    static boolean hasJsonCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }
}
