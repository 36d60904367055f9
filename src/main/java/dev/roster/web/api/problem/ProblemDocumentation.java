package dev.roster.web.api.problem;

import dev.roster.web.api.ApiApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every 4xx and 5xx answer of an {@code /api/v1} operation as what it is, a {@link Problem} in
 * {@code application/problem+json}, so a resource declares an error by its status and description alone (and
 * an example where one helps) instead of repeating the media type and schema on each. Every operation that takes
 * the admin's credentials also gets the shell's 401, so no resource repeats that either. Applied by the shell's
 * OpenAPI filter, {@code web.api.ApiDocumentation}.
 */
public final class ProblemDocumentation {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private ProblemDocumentation() {}

    /** Documents the operation's error answers; its security requirements must be final already. */
    public static void documentProblems(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        if (signsInAsAdmin(operation) && !operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401", notSignedIn());
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

    /** The answer of the admin authentication to a request without valid credentials. */
    private static APIResponse notSignedIn() {
        Example example = OASFactory.createExample().value(ProblemExamples.UNAUTHORIZED);
        return OASFactory.createAPIResponse()
                .description("Not signed in")
                .content(OASFactory.createContent()
                        .addMediaType(
                                ProblemResponses.MEDIA_TYPE,
                                OASFactory.createMediaType().addExample("unauthorized", example)));
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
