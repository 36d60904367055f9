package dev.roster.admin.api;

import dev.roster.integration.IdpType;
import dev.roster.web.api.problem.ApiProblem;

/** Validation of admin request values, with messages that say what is allowed. */
final class RequestValues {

    static final int NAME_MAX = 200;

    private RequestValues() {}

    static String name(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw ApiProblem.badRequest("name must have 1 to " + NAME_MAX + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest("name must not contain control characters");
        }
        return name;
    }

    static IdpType idp(String value) {
        return IdpType.fromWire(value)
                .orElseThrow(() -> ApiProblem.badRequest("idp must be one of okta, entra, generic"));
    }
}
