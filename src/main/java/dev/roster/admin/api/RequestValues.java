package dev.roster.admin.api;

import dev.roster.integration.IdpType;
import dev.roster.platform.DisplayNames;
import dev.roster.web.api.problem.ApiProblem;

/** Validation of admin request values, with messages that say what is allowed. */
final class RequestValues {

    private RequestValues() {}

    static String name(String value) {
        return DisplayNames.require(value, "name", ApiProblem::badRequest);
    }

    static IdpType idp(String value) {
        return IdpType.fromWire(value)
                .orElseThrow(() -> ApiProblem.badRequest("idp must be one of okta, entra, generic"));
    }
}
