package dev.roster.scim.bulk;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.spi.ResourceType;

/**
 * The target of a bulk operation's {@code path}: {@code /Users} or {@code /Groups} for POST,
 * {@code /Users/{id}} or {@code /Groups/{id}} otherwise. The id may be a {@code bulkId:} reference.
 */
record BulkPath(ResourceType endpoint, String resourceId) {

    static BulkPath parse(String path, BulkMethod method, String where) {
        String expected = method.targetsExistingResource()
                ? "/Users/{id} or /Groups/{id} for " + method
                : "/Users or /Groups for POST";
        if (!path.startsWith("/")) {
            throw invalid(where, path, expected);
        }
        String[] segments = path.substring(1).split("/", -1);
        ResourceType endpoint =
                ResourceType.fromEndpoint(segments[0]).orElseThrow(() -> invalid(where, path, expected));
        if (!method.targetsExistingResource()) {
            if (segments.length != 1) {
                throw invalid(where, path, expected);
            }
            return new BulkPath(endpoint, null);
        }
        if (segments.length != 2 || segments[1].isBlank()) {
            throw invalid(where, path, expected);
        }
        return new BulkPath(endpoint, segments[1]);
    }

    private static ScimException invalid(String where, String path, String expected) {
        return ScimException.invalidValue(where + ".path must be " + expected + ", not '" + path + "'");
    }
}
