package dev.roster.web;

import dev.roster.integration.oauth.OAuthError;
import dev.roster.integration.oauth.OAuthException;
import dev.roster.scim.rest.ScimErrorResponses;
import dev.roster.scim.rest.ScimMediaTypes;
import dev.roster.web.api.problem.ProblemResponses;
import dev.roster.web.api.problem.ProblemTypes;

/**
 * How an error is told under each of Roster's paths, the same way the API there tells its own errors: a SCIM
 * Error under {@code /scim}, RFC 9457 problem details under {@code /api}, RFC 6749's error object under
 * {@code /oauth} (what the token endpoint answers for anything it does not serve), and one line of text for
 * the console, the API page and anything else.
 */
enum ErrorLanguage {
    SCIM(ScimMediaTypes.SCIM_JSON) {
        @Override
        String body(int status, String detail) {
            return ScimErrorResponses.body(status, null, detail).toString();
        }
    },
    PROBLEM(ProblemResponses.MEDIA_TYPE) {
        @Override
        String body(int status, String detail) {
            return ProblemResponses.body(ProblemTypes.BLANK, status, null, detail);
        }
    },
    OAUTH("application/json") {
        @Override
        String body(int status, String detail) {
            return new OAuthException(OAuthError.INVALID_REQUEST, detail).json();
        }
    },
    PLAIN("text/plain") {
        @Override
        String body(int status, String detail) {
            return status + " " + detail + "\n";
        }
    };

    private final String mediaType;

    ErrorLanguage(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The language for a path relative to the context root ({@code /scim/v3/Users}). */
    static ErrorLanguage of(String path) {
        if (isUnder(path, "/scim")) {
            return SCIM;
        }
        if (isUnder(path, "/api")) {
            return PROBLEM;
        }
        if (isUnder(path, "/oauth")) {
            return OAUTH;
        }
        return PLAIN;
    }

    private static boolean isUnder(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    String mediaType() {
        return mediaType;
    }

    abstract String body(int status, String detail);
}
