package dev.roster.web.api.problem;

import dev.roster.web.api.ApiApplication;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every 4xx and 5xx answer of an {@code /api/v1} operation as what it is, a {@link Problem} in
 * {@code application/problem+json}, so a resource declares an error by its status and description alone (and
 * an example where one helps) instead of repeating the media type and schema on each. The refusals every
 * operation of a kind can give are documented here once, unless the resource declares its own with a text that
 * says more: the shell's 401 and 403 where the admin's credentials are taken, 401 where a feature's are, 404
 * where the path names something by id, 400 where a body is read. Applied by the shell's OpenAPI filter, {@code web.api.ApiDocumentation}.
 */
public final class ProblemDocumentation {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** The admin authentication's answer to a request without valid credentials. */
    static final String NOT_SIGNED_IN = "Not signed in";
    /** Where the resource gives no more precise text: the answer of a feature's own authentication. */
    static final String NOT_AUTHENTICATED = "No, unknown or revoked credentials";
    /** The admin authentication's answer to a change that may not come from the console's own pages. */
    static final String CROSS_ORIGIN =
            "Cross-origin request, or a console session's request without its X-CSRF-Token header";
    /** Where the resource gives no more precise text: an id in the path names nothing there. */
    static final String NO_SUCH_RESOURCE = "No such resource: an id in the path names nothing";
    /** Where the resource gives no more precise text: a body that is missing, not JSON or not valid. */
    static final String INVALID_BODY = "Missing, malformed or invalid request body";

    /** What the admin authentication lets change nothing, and so never refuses as cross-origin. */
    private static final Set<PathItem.HttpMethod> SAFE_METHODS =
            EnumSet.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);

    private ProblemDocumentation() {}

    /**
     * Documents the operation's error answers; its security requirements must be final already.
     *
     * @param path the operation's path template, {@code {…}} where it names something by id
     */
    public static void documentProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        if (signsInAsAdmin(operation)) {
            addUnlessDeclared(operation, "401", NOT_SIGNED_IN, "unauthorized", ProblemExamples.UNAUTHORIZED);
            if (!SAFE_METHODS.contains(method)) {
                addUnlessDeclared(operation, "403", CROSS_ORIGIN, "crossOrigin", ProblemExamples.CROSS_ORIGIN);
            }
        } else if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addUnlessDeclared(operation, "401", NOT_AUTHENTICATED, null, null);
        }
        if (path.contains("{")) {
            addUnlessDeclared(operation, "404", NO_SUCH_RESOURCE, "notFound", ProblemExamples.NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            addUnlessDeclared(operation, "400", INVALID_BODY, "missingBody", ProblemExamples.MISSING_BODY);
        }
        if (operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getRef() == null) {
                response.setContent(problemContent(response));
            }
        });
    }

    /** Whether the operation takes the admin's credentials, which the shell's authentication checks. */
    private static boolean signsInAsAdmin(Operation operation) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream()
                        .anyMatch(requirement -> requirement.hasScheme(ApiApplication.BASIC)
                                || requirement.hasScheme(ApiApplication.SESSION));
    }

    /**
     * A refusal the operation shares with every operation of its kind, if its resource declared none itself.
     *
     * @param example a problem document, or null for none
     */
    private static void addUnlessDeclared(
            Operation operation, String status, String description, String exampleName, String example) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType();
        if (example != null) {
            problem.addExample(exampleName, OASFactory.createExample().value(example));
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE, problem));
        operation.getResponses().addAPIResponse(status, response);
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** problem+json with the Problem schema, keeping the examples the resource gave under any media type. */
    private static Content problemContent(APIResponse response) {
        Map<String, Example> examples = new LinkedHashMap<>();
        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
            for (MediaType type : response.getContent().getMediaTypes().values()) {
                if (type.getExamples() != null) {
                    examples.putAll(type.getExamples());
                }
            }
        }
        MediaType problem =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        if (!examples.isEmpty()) {
            problem.setExamples(examples);
        }
        return OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE, problem);
    }
}
